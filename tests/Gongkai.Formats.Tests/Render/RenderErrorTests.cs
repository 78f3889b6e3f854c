// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Render errors are typed: a kind, a Chinese message without paths or engine output, the detail apart.</summary>
public sealed class RenderErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-rendererror-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static AnnualReport Seed() => ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, "004_5381253050f8893c.txt")).Report!;

    [Fact]
    public void MissingChromium_IsEngineMissing()
    {
        var result = ReportWriter.Render(Seed(), RenderFormat.Pdf, new RenderOptions { ChromiumPath = Path.Combine(_dir, "no-chromium") });
        Assert.False(result.Success);
        Assert.Equal(RenderErrorKind.EngineMissing, result.RenderError.Kind);
        Assert.DoesNotContain(_dir, result.RenderError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailingChromium_IsEngineFailed_WithTheDetailApart()
    {
        var fake = Path.Combine(_dir, "fake-chromium");
        File.WriteAllText(fake, $"#!/bin/sh\necho \"cannot open {_dir}/profile\" >&2\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        }

        var result = ReportWriter.Render(Seed(), RenderFormat.Pdf, new RenderOptions { ChromiumPath = fake });
        Assert.False(result.Success);
        Assert.Equal(RenderErrorKind.EngineFailed, result.RenderError.Kind);
        Assert.Equal("Chromium 生成 PDF 失败。", result.RenderError.Message);
        Assert.Contains("退出码 3", result.RenderError.Detail, StringComparison.Ordinal);
        Assert.Contains("退出码 3", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_dir, result.RenderError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnwritableTarget_IsCannotWrite_WithoutThePath()
    {
        var result = ReportWriter.WriteFile(Seed(), _dir, RenderFormat.Html);
        Assert.False(result.Success);
        Assert.Equal(RenderErrorKind.CannotWrite, result.RenderError.Kind);
        Assert.DoesNotContain(_dir, result.RenderError.Message, StringComparison.Ordinal);
        Assert.Contains(_dir, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_ValidatesKindAndMessage()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderError(RenderErrorKind.None, "x"));
        Assert.Throws<ArgumentException>(() => new RenderError(RenderErrorKind.Timeout, ""));
        Assert.Null(new RenderError(RenderErrorKind.Timeout, "超时。", " ").Detail);
    }
}
