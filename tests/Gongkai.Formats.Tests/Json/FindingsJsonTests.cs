// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Batch;
using Gongkai.Formats.Json;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Json;

/// <summary>The findings JSON (report-schema.md, 「Findings JSON」): members, order, nulls and bytes.</summary>
public sealed class FindingsJsonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-findings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void CheckedResult_WritesTheDocumentedMembersInOrder()
    {
        var result = new FileCheckResult
        {
            File = "报告.docx",
            Status = FileCheckStatus.Checked,
            Unit = "淮安市人民政府",
            Year = 2024,
            Format = ReportFormat.Format2021,
            Findings =
            [
                new Finding
                {
                    Rule = RuleIds.T3ColumnSum, Severity = Severity.Error, Message = "总计不符。", Cell = "table3.received.total", Section = 3,
                    Expected = "5", Actual = "4", Location = new SourceLocation { Table = 2, Row = 3, Cell = 8 },
                },
                new Finding { Rule = "doc.sectionOrder", Severity = Severity.Info, Message = "提示。", Quote = "一、" },
            ],
        };
        Assert.Equal(
            """{"file":"报告.docx","status":"checked","unit":"淮安市人民政府","year":2024,"format":"2021","findings":[""" +
            """{"rule":"T3.columnSum","severity":"error","cell":"table3.received.total","section":3,"quote":null,"expected":"5","actual":"4","message":"总计不符。","location":{"table":2,"row":3,"cell":8}},""" +
            """{"rule":"doc.sectionOrder","severity":"info","quote":"一、","expected":null,"actual":null,"message":"提示。"}],"error":null}""",
            FindingsJson.ToJson(result));
    }

    [Fact]
    public void UnreadableAndSkipped_WriteErrorKind_AndDetailOnlyWhenAsked()
    {
        var unreadable = new FileCheckResult { File = "a.pdf", Status = FileCheckStatus.Unreadable, Error = "a.pdf：文件已加密。", ErrorKind = ReadErrorKind.Encrypted, Detail = "errno 13" };
        Assert.Equal("""{"file":"a.pdf","status":"unreadable","unit":null,"year":null,"format":null,"findings":[],"error":"a.pdf：文件已加密。","errorKind":"encrypted"}""", FindingsJson.ToJson(unreadable));
        Assert.EndsWith(""","errorKind":"encrypted","detail":"errno 13"}""", FindingsJson.ToJson(unreadable, includeDetail: true), StringComparison.Ordinal);

        var skipped = new FileCheckResult { File = "r.md", Status = FileCheckStatus.Skipped, Error = "不是报告。", ErrorKind = ReadErrorKind.NotAReport };
        Assert.Equal("""{"file":"r.md","status":"skipped","unit":null,"year":null,"format":null,"findings":[],"error":null,"skipped":"不是报告。","errorKind":"notAReport"}""", FindingsJson.ToJson(skipped));
    }

    [Fact]
    public void FromRead_NamesTheUploadOnly_NeverTheStoredPath()
    {
        var stored = Path.Combine(_dir, "7f3a9c.bin");
        File.WriteAllBytes(stored, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]);
        var json = FindingsJson.ToJson(FindingsJson.FromRead("报告.docx", ReportReader.ReadFile(stored)));
        Assert.DoesNotContain(_dir, json, StringComparison.Ordinal);
        Assert.DoesNotContain("7f3a9c", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("报告.docx", doc.RootElement.GetProperty("file").GetString());
        Assert.Equal("damaged", doc.RootElement.GetProperty("errorKind").GetString());
        Assert.StartsWith("报告.docx：", doc.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);

        var seed = Path.Combine(TestPaths.Seeds, "004_5381253050f8893c.txt");
        var read = ReportReader.ReadFile(seed);
        var checkedJson = FindingsJson.ToJson(FindingsJson.FromRead("seed.txt", read, ReportChecker.Check(read.Report!)));
        using var checkedDoc = JsonDocument.Parse(checkedJson);
        Assert.Equal("checked", checkedDoc.RootElement.GetProperty("status").GetString());
        Assert.Equal("北京市大兴区西红门镇人民政府", checkedDoc.RootElement.GetProperty("unit").GetString());
        Assert.NotEqual(0, checkedDoc.RootElement.GetProperty("findings").GetArrayLength());
    }
}
