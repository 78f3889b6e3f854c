// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Cells;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Formats.Batch;

/// <summary>What the multi-report rules need of one checked file, kept until the end of a batch instead of the report:
/// the unit key, the year, a content hash and the few cells of the cross-year rules (all cells only for a hierarchy batch).</summary>
internal sealed class ReportDigest
{
    /// <summary>The cells <see cref="Checking.ReportChecker.CheckYears"/> reads: table 三 上年结转 and 结转下年度, table 二
    /// 规章 and 行政规范性文件 制发/废止/现行有效. A test compares CheckYears on these with CheckYears on whole reports.</summary>
    internal static readonly CellDefinition[] CrossYearCells =
    [
        .. ReportCatalog.Cells.Where(c =>
            (c.Table == ReportTable.Table3 && c.RowKey is Table3Keys.CarriedOver or Table3Keys.CarriedForward) ||
            (c.Table == ReportTable.Table2 && c.RowKey is "regulations" or "normativeDocuments" && c.ColumnKey is "issued" or "repealed" or "inForce")),
    ];

    private readonly CellValue[] _cells;

    private ReportDigest(int index, string file, AnnualReport report, bool keepAllCells)
    {
        Index = index;
        File = file;
        Unit = report.Unit;
        // One unit's reports meet under its public key whatever the spelling of the year (Regions.UnitKey).
        UnitKey = TextFold.IsBlank(report.Unit) ? null : Regions.UnitKey.From(report.Unit!).Value;
        Year = report.Year;
        Format = report.Format;
        Hash = ContentHash(report);
        if (keepAllCells)
        {
            AllCells = report.Cells;
            _cells = [];
        }
        else
        {
            _cells = new CellValue[CrossYearCells.Length];
            for (var i = 0; i < CrossYearCells.Length; i++)
            {
                _cells[i] = report.Cells[CrossYearCells[i]];
            }
        }
    }

    public int Index { get; }

    public string File { get; }

    public string? Unit { get; }

    public string? UnitKey { get; }

    public int? Year { get; }

    public ReportFormat Format { get; }

    public string Hash { get; }

    public ReportCells? AllCells { get; }

    public static ReportDigest From(int index, string file, AnnualReport report, bool keepAllCells) => new(index, file, report, keepAllCells);

    /// <summary>Rebuilds a report with what was kept: unit, year, format, the kept cells and the source name.</summary>
    /// <returns>The report for the multi-report rules.</returns>
    public AnnualReport ToReport()
    {
        var cells = AllCells;
        if (cells is null)
        {
            var builder = new ReportCells.Builder();
            for (var i = 0; i < CrossYearCells.Length; i++)
            {
                builder[CrossYearCells[i]] = _cells[i];
            }

            cells = builder.Build();
        }

        return new AnnualReport { Unit = Unit, Year = Year, Format = Format, Cells = cells, SourceName = File };
    }

    /// <summary>A hash of the report's content: every present cell (path, state, value) and every section (number, heading,
    /// paragraph text with white space removed), so the same report read from two files (or two formats) hashes the same.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The hash, hexadecimal.</returns>
    internal static string ContentHash(AnnualReport report)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sb = new StringBuilder(256);
        foreach (var (cell, value) in report.Cells.Present())
        {
            sb.Clear().Append(cell.Path).Append('=').Append((int)value.State).Append(':');
            sb.Append(value.State == CellState.Number ? value.Number.ToString(CultureInfo.InvariantCulture) : value.State == CellState.Invalid ? value.Raw : string.Empty).Append('\n');
            Append(hash, sb);
        }

        foreach (var section in report.Sections)
        {
            sb.Clear().Append('§').Append(section.Number).Append(' ').Append(TextFold.Fold(section.Heading)).Append('\n');
            Append(hash, sb);
            foreach (var paragraph in section.Paragraphs)
            {
                sb.Clear().Append(TextFold.Fold(paragraph.Text)).Append('\n');
                Append(hash, sb);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset(), 0, 16);
    }

    private static void Append(IncrementalHash hash, StringBuilder sb)
    {
        Span<byte> buffer = stackalloc byte[1024];
        foreach (var chunk in sb.GetChunks())
        {
            var span = chunk.Span;
            while (span.Length > 0)
            {
                var take = Math.Min(span.Length, 256);
                var n = Encoding.UTF8.GetBytes(span[..take], buffer);
                hash.AppendData(buffer[..n]);
                span = span[take..];
            }
        }
    }
}
