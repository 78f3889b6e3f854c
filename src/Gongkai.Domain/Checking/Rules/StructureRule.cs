// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Checking.Rules;

/// <summary><c>table.missing</c>, <c>row.missing</c>: every table, row and cell of the report's format is present.</summary>
/// <remarks>
/// A missing table is one finding, not one per cell. The 2021 and 2019 forms of table 三's （六）其他处理
/// stand in for each other: using the other format's form is reported by <see cref="FormatRule"/>. A row the importer
/// found but could not read carries the importer's finding instead (<c>extract.ambiguous</c>, <c>extract.assumption</c>).
/// </remarks>
internal sealed class StructureRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.TableMissing, RuleIds.RowMissing];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        var format = report.Format == ReportFormat.Unknown ? ReportFormat.Format2021 : report.Format;
        var cells = report.Cells;

        // Cells left unread because their glued digits split several ways are already reported, with the
        // candidates (extract.ambiguous): they are not missing, and saying so would be a false error.
        foreach (var table in new[] { ReportTable.Table2, ReportTable.Table3, ReportTable.Table4 })
        {
            if (!cells.HasTable(table) && !ReportCatalog.Rows.Any(r => r.Table == table && RuleHelpers.IsAmbiguous(report, r)))
            {
                var numeral = CellDefinition.TableNumeral(table);
                findings.Add(new Finding
                {
                    Rule = RuleIds.TableMissing,
                    Severity = Severity.Error,
                    Message = $"缺少表{numeral}（{TableTitle(table)}）：未在报告中找到该表或无法识别其内容。",
                    Cell = $"table{(int)table}",
                    Section = (int)table,
                });
                continue;
            }

            var usesOtherDisposal = Table3Columns.HasSingleOtherRow(cells);
            var uses2021Other = Table3Columns.HasThreeOtherRows(cells);
            foreach (var row in ReportCatalog.Rows)
            {
                if (row.Table != table)
                {
                    continue;
                }

                var required = (row.Formats & (format == ReportFormat.Format2019 ? FormatMask.Format2019 : FormatMask.Format2021)) != 0;
                if (table == ReportTable.Table3 && (row.Key == Table3Keys.OtherDisposal ? uses2021Other : Table3Keys.OtherRows2021.Contains(row.Key) && usesOtherDisposal))
                {
                    required = false;
                }

                if (!required)
                {
                    continue;
                }

                var columns = row.Cells.Where(c => c.IsIn(format)).ToList();
                if (RuleHelpers.IsAmbiguous(report, row) || (!cells.HasRow(row) && ExplainedByImporter(report, row)))
                {
                    continue;
                }

                if (!cells.HasRow(row))
                {
                    findings.Add(new Finding
                    {
                        Rule = RuleIds.RowMissing,
                        Severity = Severity.Error,
                        Message = $"表{CellDefinition.TableNumeral(table)}缺少「{row.FullLabel}」{(table == ReportTable.Table4 ? "栏" : "行")}（应有 {columns.Count} 个数值单元格）。",
                        Cell = columns.Count == 1 ? columns[0].Path : row.ToString(),
                        Section = (int)table,
                        Expected = row.FullLabel,
                        Actual = "缺失",
                    });
                    continue;
                }

                foreach (var cell in columns)
                {
                    if (!cells[cell].IsPresent)
                    {
                        findings.Add(new Finding
                        {
                            Rule = RuleIds.RowMissing,
                            Severity = Severity.Error,
                            Message = $"{cell.DisplayName}的单元格缺失。",
                            Cell = cell.Path,
                            Section = (int)table,
                            Actual = "缺失",
                        });
                    }
                }
            }
        }
    }

    // A row the importer found but left unread (its glued digits split several ways, 「22235」) already has its one
    // finding, with the raw text: saying the row is missing as well would be a false error.
    private static bool ExplainedByImporter(AnnualReport report, RowDefinition row)
    {
        var key = row.ToString();
        foreach (var finding in report.ImportFindings)
        {
            if (finding.Rule is RuleIds.ExtractAmbiguous or RuleIds.ExtractAssumption && finding.Cell is { } cell
                && (cell == key || (cell.Length > key.Length && cell[key.Length] == '.' && cell.StartsWith(key, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    internal static string TableTitle(ReportTable table) => table switch
    {
        ReportTable.Table2 => "主动公开政府信息情况",
        ReportTable.Table3 => "收到和处理政府信息公开申请情况",
        _ => "政府信息公开行政复议、行政诉讼情况",
    };
}
