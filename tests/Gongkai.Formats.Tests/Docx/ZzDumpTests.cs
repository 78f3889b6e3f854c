// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats.Content;

namespace Gongkai.Tests;

public class ZzDumpTests
{
    [Theory]
    [InlineData("blank-template-2021")]
    [InlineData("pingtan-2023")]
    [InlineData("pingtan-2020")]
    public void Dump(string folder)
    {
        var content = TestCorpus.Content(folder, out var kind);
        var sb = new StringBuilder();
        sb.AppendLine(kind);
        foreach (var f in content.Findings) { sb.AppendLine("FINDING " + f.Message); }
        foreach (var b in content.Blocks)
        {
            if (b is ContentParagraph p) { sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"P{p.Location.Line}: {p.Text.Replace("\n", "⏎")}"); }
            else if (b is ContentTable t)
            {
                sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"TABLE {t.Location.Table}");
                foreach (var r in t.Rows)
                {
                    sb.AppendLine("  R" + r.Location.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Join(" | ", r.Cells.Select(c => (c.Merged ? "~" : "") + c.Text.Replace("\n", "⏎").Replace("\u00A0", "·").Replace("\u3000", "□"))));
                }
            }
        }
        File.WriteAllText($"/tmp/dump-{folder}.txt", sb.ToString());
    }
}
