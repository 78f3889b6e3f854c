// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cli;

return GongkaiCommand.Run(args, Console.Out, Console.Error);
