// Copyright (c) Gongkai contributors. Licensed under the MIT License.

return 0;
