// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;

namespace Gongkai.Tests;

/// <summary>Read errors are typed: a kind, a Chinese message that names no folder, a location; the file name is added at the edge.</summary>
public sealed class ReadErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-readerror-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void AssertNoPath(ReadError error)
    {
        Assert.Null(error.FileName);
        Assert.DoesNotContain(_dir, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(_dir), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_dir, error.WithFile("上传.docx").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsNotFound_AndTheMessageNamesNoDirectory()
    {
        var path = Path.Combine(_dir, "sub", "报告.docx");
        var result = ReportReader.ReadFile(path);
        Assert.False(result.Success);
        Assert.Equal(ReadErrorKind.NotFound, result.ReadError.Kind);
        Assert.Equal(ReadErrorKind.NotFound, result.ErrorKind);
        AssertNoPath(result.ReadError);
        Assert.Equal("上传.docx：" + result.ReadError.Message, result.ReadError.WithFile("上传.docx").ToString());

        // The CLI's text still names the path as typed.
        Assert.Equal(path + "：" + result.ReadError.Message, result.Error);
    }

    [Fact]
    public void DamagedFile_IsDamaged_AndTheMessageNamesNoDirectory()
    {
        var path = Path.Combine(_dir, "bad.docx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]);
        var result = ReportReader.ReadFile(path);
        Assert.False(result.Success);
        Assert.Equal(ReadErrorKind.Damaged, result.ReadError.Kind);
        AssertNoPath(result.ReadError);
        Assert.StartsWith(path, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_TooLarge_Empty_AndNotAReport_HaveTheirKinds_AndNoDirectory()
    {
        var folder = ReportReader.ReadFile(_dir);
        Assert.Equal(ReadErrorKind.NotARegularFile, folder.ReadError!.Kind);
        AssertNoPath(folder.ReadError);

        var big = Path.Combine(_dir, "big.txt");
        File.WriteAllText(big, new string('一', 400));
        var tooLarge = ReportReader.ReadFile(big, new ReadOptions { MaxInputBytes = 100 });
        Assert.Equal(ReadErrorKind.TooLarge, tooLarge.ReadError!.Kind);
        AssertNoPath(tooLarge.ReadError);

        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(empty, []);
        var emptyResult = ReportReader.ReadFile(empty);
        Assert.Equal(ReadErrorKind.Empty, emptyResult.ReadError!.Kind);
        AssertNoPath(emptyResult.ReadError);

        var readme = Path.Combine(_dir, "README.txt");
        File.WriteAllText(readme, "hello\n");
        var notAReport = ReportReader.ReadFile(readme);
        Assert.Equal(ReadErrorKind.NotAReport, notAReport.ReadError!.Kind);
        AssertNoPath(notAReport.ReadError);
    }

    [Fact]
    public void InMemoryRead_UsesTheNameOnlyInError_NotInReadError()
    {
        var result = ReportReader.Read(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3 }, "/srv/uploads/7f3a/报告.docx");
        Assert.Equal(ReadErrorKind.Damaged, result.ReadError!.Kind);
        Assert.DoesNotContain("/srv", result.ReadError.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv", result.ReadError.WithFile("报告.docx").ToString(), StringComparison.Ordinal);
        Assert.StartsWith("/srv/uploads/7f3a/报告.docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderException_KeepsItsLocation()
    {
        var error = new ReportReadException("第二个表格不完整。") { Kind = ReadErrorKind.TooComplex, Location = SourceLocation.AtLine(12, 3) }.ToReadError();
        Assert.Equal(ReadErrorKind.TooComplex, error.Kind);
        Assert.Equal(12, error.Location.Line);
        Assert.Equal("a.txt（第12行第3列）：第二个表格不完整。", error.WithFile("a.txt").ToString());
        Assert.Equal("第二个表格不完整。", error.Message);
    }

    [Fact]
    public void Construction_ValidatesKindAndMessage_AndEqualityIsByValue()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadError(ReadErrorKind.None, "x"));
        Assert.Throws<ArgumentException>(() => new ReadError(ReadErrorKind.Damaged, " "));
        Assert.Equal(new ReadError(ReadErrorKind.Damaged, "坏了。"), new ReadError(ReadErrorKind.Damaged, "坏了。"));
        Assert.NotEqual(new ReadError(ReadErrorKind.Damaged, "坏了。").WithFile("a"), new ReadError(ReadErrorKind.Damaged, "坏了。"));
        Assert.Equal("坏了。", new ReadError(ReadErrorKind.Damaged, "坏了。").ToString());
    }

    [Fact]
    public void LegacyStringFailure_TakesTheNameOffTheMessage()
    {
        var result = ReadResult.Fail("a.txt", "a.txt：文件为空。", ReadErrorKind.Empty);
        Assert.Equal("文件为空。", result.ReadError!.Message);
        Assert.Equal("a.txt：文件为空。", result.Error);
    }
}
