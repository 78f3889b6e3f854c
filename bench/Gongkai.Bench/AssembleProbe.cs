// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Content;
using Gongkai.Formats.Text;

namespace Gongkai.Bench;

/// <summary>`dotnet run -c Release -- assemble`: thread CPU time of the assembler's phases per seed (diagnostics).</summary>
internal static class AssembleProbe
{
    public static void Run()
    {
        foreach (var file in Directory.EnumerateFiles(Paths.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var content = TextContentReader.ReadText(File.ReadAllText(file));
            var rows = content.Blocks.OfType<ContentTable>().SelectMany(t => t.Rows).ToList();
            const int N = 2000;
            double Time(Action action)
            {
                for (var i = 0; i < 200; i++)
                {
                    action();
                }

                var c = PdfProbe.ThreadCpuMs();
                for (var i = 0; i < N; i++)
                {
                    action();
                }

                return (PdfProbe.ThreadCpuMs() - c) * 1000 / N;
            }

            var lines = rows.Select(TableLine.From).ToList();
            var from = Time(() => rows.ForEach(r => TableLine.From(r)));
            var classify = Time(() => lines.ForEach(l => { Table2Interpreter.IsDefinite(l); Table3Interpreter.IsDefinite(l); Table4Interpreter.IsDefinite(l); }));
            var all = Time(() => ReportAssembler.Assemble(content, file));
            var slow = lines.Select(l => (Line: l, T: Time(() => { Table2Interpreter.IsDefinite(l); Table3Interpreter.IsDefinite(l); Table4Interpreter.IsDefinite(l); }))).OrderByDescending(x => x.T).Take(3);
            foreach (var (l, t) in slow)
            {
                Console.WriteLine($"   {t:F1} µs: {l.Label[..Math.Min(30, l.Label.Length)]}");
            }

            Console.WriteLine($"{Path.GetFileName(file)[..3]}: rows {rows.Count}, TableLine.From {from:F0} µs, classify {classify:F0} µs, whole assemble {all:F0} µs");
        }
    }
}
