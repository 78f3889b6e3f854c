// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Tests.Support;

/// <summary>Converts simplified text to traditional with the inverse of the product's own OpenCC table (first candidate).</summary>
internal static class Traditional
{
    private static readonly Dictionary<char, char> Map = Load();

    public static string Convert(string simplified)
    {
        var sb = new StringBuilder(simplified.Length);
        foreach (var c in simplified)
        {
            sb.Append(Map.TryGetValue(c, out var t) ? t : c);
        }

        return sb.ToString();
    }

    private static Dictionary<char, char> Load()
    {
        using var stream = typeof(Gongkai.Text.TextFold).Assembly.GetManifestResourceStream("Gongkai.Text.Data.ts-chars.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2 && line[0] != '#')
            {
                map.TryAdd(line[1], line[0]);
            }
        }

        return map;
    }
}
