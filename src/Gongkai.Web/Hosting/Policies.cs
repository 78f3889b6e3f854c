// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Web.Hosting;

/// <summary>The authorization policies.</summary>
internal static class Policies
{
    /// <summary>Any API token.</summary>
    public const string Api = "api";

    /// <summary>An API token of an admin.</summary>
    public const string ApiAdmin = "api.admin";

    /// <summary>An API token of an admin or a clerk (who may write reports).</summary>
    public const string ApiWriter = "api.writer";

    /// <summary>A signed-in admin (pages).</summary>
    public const string Admin = "admin";
}
