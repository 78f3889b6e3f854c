// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;
using Gongkai.Formats.Content;

namespace Gongkai.Tests;

/// <summary>Locates the shared corpus (<c>../shared/corpus</c> next to the repository) and reads its files.</summary>
internal static class TestCorpus
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Directory => Root.Value;

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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
