// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Pdf;

namespace Gongkai.Bench;

/// <summary>`dotnet run -c Release -- pdf dump OUT FILE...`: writes every block, row and cell the PDF reader produces, to compare two versions of the reader byte for byte.</summary>
internal static class PdfDump
{
    public static void Run(string output, IEnumerable<string> files)
    {
        Directory.CreateDirectory(output);
        foreach (var file in files)
        {
            Dump(file, Path.Combine(output, Path.GetFileName(file) + ".txt"), new PdfContentReader());
            Dump(file, Path.Combine(output, Path.GetFileName(file) + ".unruled.txt"), new PdfContentReader(useRulings: false));
        }
    }

    private static void Dump(string file, string output, PdfContentReader reader)
    {
        var sb = new StringBuilder();
        try
        {
            var content = reader.Read(File.ReadAllBytes(file), new ReadOptions { AllowOcr = false }, CancellationToken.None);
            foreach (var block in content.Blocks)
            {
                switch (block)
                {
                    case ContentParagraph p:
                        sb.Append("P ").Append(p.Location).Append(" | ").AppendLine(p.Text);
                        break;
                    case ContentTable t:
                        sb.Append("T ").AppendLine(t.Location.ToString());
                        foreach (var row in t.Rows)
                        {
                            sb.Append("  R ").AppendLine(row.Location.ToString());
                            foreach (var cell in row.Cells)
                            {
                                sb.Append("    C ").Append(cell.Location).Append(cell.Merged ? " merged" : string.Empty).Append(" | ").AppendLine(cell.Text);
                            }
                        }

                        break;
                }
            }

            foreach (var finding in content.Findings)
            {
                sb.Append("F ").AppendLine(finding.ToString());
            }
        }
#pragma warning disable CA1031 // A probe: any failure is part of the output to compare.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            sb.Append("X ").Append(ex.GetType().Name).Append(' ').AppendLine(ex.Message);
        }

        File.WriteAllText(output, sb.ToString());
    }
}
