// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.AspNetCore.Authentication;

namespace Gongkai.Web.Security;

/// <summary>Options of the API token scheme (none beyond the defaults).</summary>
internal sealed class ApiTokenOptions : AuthenticationSchemeOptions;
