// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Web.Hosting;

/// <summary>The demo data of a first start (<c>Demo:*</c> in configuration).</summary>
internal sealed class DemoOptions
{
    /// <summary>Gets or sets a value indicating whether an empty database gets the demo units and seed reports. Default true.</summary>
    public bool Load { get; set; } = true;

    /// <summary>Gets or sets the admin password to set on first start, or null to generate one (printed once).</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Gets or sets the admin's user name. Default <c>admin</c>.</summary>
    public string AdminUser { get; set; } = "admin";
}
