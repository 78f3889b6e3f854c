// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Gongkai.Checking;

namespace Gongkai.Formats.Text;

/// <summary>The invalid byte sequences of a file that is UTF-8 but for a few: how many, and on which lines.</summary>
/// <param name="Count">The number of invalid sequences (each read as one U+FFFD).</param>
/// <param name="Lines">The 1-based lines of the first few.</param>
internal sealed record InvalidUtf8(int Count, IReadOnlyList<int> Lines)
{
    /// <summary>The number of lines named in the message.</summary>
    public const int LinesNamed = 5;

    /// <summary>The share of valid multi-byte sequences from which a file that is not strictly UTF-8 is still read as UTF-8.</summary>
    /// <remarks>Chinese text in GBK, GB18030 or Big5 is practically never valid UTF-8: a lead byte is rarely followed by
    /// continuation bytes (0x80–0xBF), so far fewer than half of its multi-byte sequences pass; a UTF-8 file with a
    /// stray byte or a cut character has nearly all of them valid.</remarks>
    public const double MinValidShare = 0.99;

    /// <summary>Returns the invalid sequences when the bytes are UTF-8 with at least <see cref="MinValidShare"/> of their multi-byte sequences valid, else null.</summary>
    /// <param name="data">The bytes (not strictly valid UTF-8).</param>
    /// <returns>The invalid sequences, or null when the bytes are not mostly UTF-8.</returns>
    public static InvalidUtf8? Find(ReadOnlySpan<byte> data)
    {
        int valid = 0, invalid = 0, line = 1;
        var lines = new List<int>(LinesNamed);
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            if (b < 0x80)
            {
                line += b == (byte)'\n' ? 1 : 0;
                i++;
                continue;
            }

            // One scalar, or the length of an invalid sequence (as the decoder's replacement counts it).
            var status = System.Text.Rune.DecodeFromUtf8(data[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
                if (lines.Count < LinesNamed && (lines.Count == 0 || lines[^1] != line))
                {
                    lines.Add(line);
                }
            }

            i += Math.Max(1, consumed);
        }

        return invalid > 0 && valid >= (valid + invalid) * MinValidShare ? new InvalidUtf8(invalid, lines) : null;
    }

    /// <summary>Creates the <c>extract.encoding</c> finding.</summary>
    /// <returns>The warning, naming the first lines and the count.</returns>
    public Finding ToFinding()
    {
        var named = string.Join("、", Lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
        var more = Count > Lines.Count ? "等" : string.Empty;
        return new Finding
        {
            Rule = RuleIds.ExtractEncoding,
            Severity = Severity.Warning,
            Message = string.Create(CultureInfo.InvariantCulture, $"文件按 UTF-8 读取，但有 {Count} 处无效字节（第 {named} 行{more}），已替换为 \uFFFD；这些位置的文字可能缺失或有误，请检查原文件。"),
            Location = SourceLocation.AtLine(Lines.Count > 0 ? Lines[0] : 1, 1),
            Actual = string.Create(CultureInfo.InvariantCulture, $"{Count} 处无效字节"),
        };
    }

    /// <summary>Decodes the bytes as UTF-8, each invalid sequence as U+FFFD.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);
}
