// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Tests.Support;

namespace Gongkai.Tests;

/// <summary>Reads the files of the shared corpus (<see cref="TestPaths.Corpus"/>) through the content readers.</summary>
internal static class TestCorpus
{
    public static string Directory => TestPaths.Corpus;

    public static string PathOf(string folder, string file = "source") =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, folder), file + ".*").Single();

    public static byte[] Bytes(string folder) => File.ReadAllBytes(PathOf(folder));

    public static DocumentContent Content(string folder, out string kind)
    {
        var (content, k) = ReportReader.ReadContent(Bytes(folder));
        kind = k;
        return content;
    }

    public static IReadOnlyList<ContentTable> Tables(this DocumentContent content) => content.Blocks.OfType<ContentTable>().ToList();

    public static IReadOnlyList<string> Paragraphs(this DocumentContent content) => content.Blocks.OfType<ContentParagraph>().Select(p => p.Text).ToList();
}
