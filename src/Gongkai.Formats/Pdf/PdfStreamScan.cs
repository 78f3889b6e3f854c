// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Runtime.InteropServices;

namespace Gongkai.Formats.Pdf;

/// <summary>What <see cref="PdfStreamScan"/> measured of a PDF's streams.</summary>
/// <param name="Streams">The streams found.</param>
/// <param name="DecodedBytes">What all measured streams decode to, in bytes.</param>
/// <param name="DrawingBytes">What the content streams and forms decode to, in bytes.</param>
/// <param name="GlyphEstimate">An upper estimate of the glyphs the pages draw: string bytes in content streams, and each form's once per <c>Do</c>.</param>
internal readonly record struct PdfStreamStats(int Streams, long DecodedBytes, long DrawingBytes, long GlyphEstimate);

/// <summary>
/// Measures a PDF's streams before PdfPig reads it, so a decompression bomb or a page drawing millions of glyphs is
/// refused in a fraction of a second instead of costing gigabytes.
/// </summary>
/// <remarks>
/// PdfPig decodes a stream whole into memory, and a page's content stream whole into operations and letters, with no
/// way to stop it. This scan walks the file's bytes for <c>… &gt;&gt; stream … endstream</c> (PDF 32000-1 §7.3.8;
/// streams are never inside object streams, §7.5.7), reads each stream's filters from its dictionary and decodes it
/// forward through a small buffer, counting what it produces and stopping at the limit. Image data (<c>/Subtype
/// /Image</c>) and font programs are counted towards the total only; content streams and forms are also measured for
/// what they draw.
/// </remarks>
internal static class PdfStreamScan
{
    private const int DictionaryLookBehind = 64 * 1024;

    /// <summary>Measures the streams of <paramref name="pdf"/> and refuses it when they exceed the limits of <paramref name="options"/>.</summary>
    /// <param name="pdf">The file.</param>
    /// <param name="options">The limits: <see cref="ReadOptions.MaxUnpackedBytes"/>, <see cref="ReadOptions.MaxPdfDrawingBytes"/>, <see cref="ReadOptions.MaxPdfGlyphs"/>.</param>
    /// <param name="cancellationToken">Checked between buffers.</param>
    /// <returns>What was measured.</returns>
    /// <exception cref="ReportReadException">A limit is exceeded.</exception>
    public static PdfStreamStats Check(ReadOnlyMemory<byte> pdf, ReadOptions options, CancellationToken cancellationToken)
    {
        var bytes = MemoryMarshal.TryGetArray(pdf, out var segment) ? segment : new ArraySegment<byte>(pdf.ToArray());
        var span = pdf.Span;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var streams = 0;
            long decoded = 0;
            long drawing = 0;
            long glyphs = 0;
            long doCount = 0;
            long largestForm = 0;
            var position = 0;
            while (true)
            {
                var found = span[position..].IndexOf("stream"u8);
                if (found < 0)
                {
                    break;
                }

                var keyword = position + found;
                position = keyword + 6;
                if (!IsStreamKeyword(span, keyword, out var dataStart, out var dictionaryEnd))
                {
                    continue;
                }

                var dictionary = StreamDictionary.Parse(span[Math.Max(0, dictionaryEnd - DictionaryLookBehind)..dictionaryEnd]);
                var end = span[dataStart..].IndexOf("endstream"u8);
                var dataEnd = end < 0 ? span.Length : dataStart + end;

                // §7.3.8.1: an end-of-line marker before "endstream" is not part of the data.
                if (dataEnd > dataStart && span[dataEnd - 1] == '\n')
                {
                    dataEnd--;
                }

                if (dataEnd > dataStart && span[dataEnd - 1] == '\r')
                {
                    dataEnd--;
                }
                position = dataEnd;
                streams++;
                cancellationToken.ThrowIfCancellationRequested();

                using var source = new MemoryStream(bytes.Array!, bytes.Offset + dataStart, dataEnd - dataStart, writable: false);
                var measure = new Measure(dictionary.IsDrawing);
                Stream? decoder = source;
                var decoders = new List<Stream>();
                foreach (var filter in dictionary.Filters)
                {
                    decoder = PdfDecodeStreams.Decode(decoder, filter);
                    if (decoder is null)
                    {
                        break;
                    }

                    decoders.Add(decoder);
                }

                try
                {
                    if (decoder is null)
                    {
                        // An image codec: PdfPig does not decode it for text; it costs what it weighs.
                        decoded += dataEnd - dataStart;
                    }
                    else
                    {
                        int read;
                        while ((read = ReadSome(decoder, buffer)) > 0)
                        {
                            decoded += read;
                            if (decoded > options.MaxUnpackedBytes)
                            {
                                throw ReadLimits.PdfTooMuchData(options.MaxUnpackedBytes);
                            }

                            if (dictionary.IsDrawing)
                            {
                                drawing += read;
                                if (drawing > options.MaxPdfDrawingBytes)
                                {
                                    throw ReadLimits.PdfTooMuchDrawing(options.MaxPdfDrawingBytes);
                                }

                                measure.Scan(buffer.AsSpan(0, read));
                            }

                            cancellationToken.ThrowIfCancellationRequested();
                        }
                    }
                }
                catch (InvalidDataException)
                {
                    // Damaged data: PdfPig decides what to make of it; what was decoded so far is counted.
                }
                finally
                {
                    for (var i = decoders.Count - 1; i >= 0; i--)
                    {
                        decoders[i].Dispose();
                    }
                }

                if (dictionary.IsForm)
                {
                    largestForm = Math.Max(largestForm, measure.StringBytes);
                }
                else
                {
                    glyphs += measure.StringBytes;
                }

                doCount += measure.DoCount;
                var estimate = glyphs + (doCount * largestForm);
                if (estimate > options.MaxPdfGlyphs)
                {
                    throw ReadLimits.PdfTooManyGlyphs(options.MaxPdfGlyphs);
                }
            }

            return new PdfStreamStats(streams, decoded, drawing, glyphs + (doCount * largestForm));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int ReadSome(Stream decoder, byte[] buffer)
    {
        try
        {
            return decoder.Read(buffer, 0, buffer.Length);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            return 0;
        }
    }

    /// <summary>§7.3.8.1: <c>stream</c> follows the dictionary's <c>&gt;&gt;</c> and is followed by CRLF or LF (a lone CR tolerated).</summary>
    private static bool IsStreamKeyword(ReadOnlySpan<byte> span, int keyword, out int dataStart, out int dictionaryEnd)
    {
        dataStart = 0;
        dictionaryEnd = 0;
        var after = keyword + 6;
        if (after >= span.Length)
        {
            return false;
        }

        if (span[after] == '\r')
        {
            dataStart = after + 1 < span.Length && span[after + 1] == '\n' ? after + 2 : after + 1;
        }
        else if (span[after] == '\n')
        {
            dataStart = after + 1;
        }
        else
        {
            return false;
        }

        var before = keyword - 1;
        while (before >= 0 && IsWhiteSpace(span[before]))
        {
            before--;
        }

        if (before < 1 || span[before] != '>' || span[before - 1] != '>')
        {
            return false;
        }

        dictionaryEnd = before + 1;
        return true;
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte b) => IsWhiteSpace(b) || b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>The top-level entries of a stream dictionary that matter here.</summary>
    private sealed class StreamDictionary
    {
        public List<string> Filters { get; } = [];

        public bool IsImage { get; private set; }

        public bool IsFont { get; private set; }

        public bool IsForm { get; private set; }

        public bool IsOther { get; private set; }

        /// <summary>Gets a value indicating whether the stream draws: a page's content stream (no type) or a form XObject.</summary>
        public bool IsDrawing => !IsImage && !IsFont && !IsOther;

        /// <summary>Parses the dictionary that ends at the end of <paramref name="text"/>.</summary>
        public static StreamDictionary Parse(ReadOnlySpan<byte> text)
        {
            var result = new StreamDictionary();

            // Find the matching "<<" walking back from the final ">>".
            var depth = 0;
            var start = -1;
            for (var i = text.Length - 1; i > 0; i--)
            {
                if (text[i] == '>' && text[i - 1] == '>')
                {
                    depth++;
                    i--;
                }
                else if (text[i] == '<' && text[i - 1] == '<')
                {
                    depth--;
                    i--;
                    if (depth == 0)
                    {
                        start = i;
                        break;
                    }
                }
            }

            if (start < 0)
            {
                return result;
            }

            result.Read(text[(start + 2)..^2]);
            return result;
        }

        private void Read(ReadOnlySpan<byte> body)
        {
            var depth = 0;
            string? key = null;
            var inFilterArray = false;
            var i = 0;
            while (i < body.Length)
            {
                var b = body[i];
                if (b == '<' && i + 1 < body.Length && body[i + 1] == '<')
                {
                    depth++;
                    i += 2;
                    continue;
                }

                if (b == '>' && i + 1 < body.Length && body[i + 1] == '>')
                {
                    depth--;
                    i += 2;
                    continue;
                }

                if (b == '[')
                {
                    inFilterArray = depth == 0 && key == "Filter";
                    i++;
                    continue;
                }

                if (b == ']')
                {
                    if (inFilterArray)
                    {
                        inFilterArray = false;
                        key = null;
                    }

                    i++;
                    continue;
                }

                if (b == '(')
                {
                    i = SkipString(body, i);
                    continue;
                }

                if (b != '/')
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < body.Length && !IsDelimiter(body[end]))
                {
                    end++;
                }

                var name = System.Text.Encoding.ASCII.GetString(body[(i + 1)..end]);
                i = end;
                if (depth != 0)
                {
                    continue;
                }

                if (inFilterArray)
                {
                    Filters.Add(name);
                    continue;
                }

                if (key is null)
                {
                    key = name is "Filter" or "Subtype" or "Type" or "Length1" or "Length2" or "Length3" ? name : null;
                    continue;
                }

                Value(key, name);
                key = null;
            }

            if (key == "Length1" || key == "Length2")
            {
                IsFont = true;
            }
        }

        private void Value(string key, string name)
        {
            switch (key)
            {
                case "Filter":
                    Filters.Add(name);
                    break;
                case "Subtype" when name == "Image":
                    IsImage = true;
                    break;
                case "Subtype" when name == "Form":
                    IsForm = true;
                    break;
                case "Subtype" when name is "Type1C" or "CIDFontType0C" or "OpenType":
                    IsFont = true;
                    break;
                case "Type" when name is "ObjStm" or "XRef" or "Metadata" or "EmbeddedFile" or "CMap":
                    IsOther = true;
                    break;
                default:
                    break;
            }
        }

        private static int SkipString(ReadOnlySpan<byte> body, int i)
        {
            var depth = 0;
            for (; i < body.Length; i++)
            {
                switch (body[i])
                {
                    case (byte)'\\':
                        i++;
                        break;
                    case (byte)'(':
                        depth++;
                        break;
                    case (byte)')':
                        if (--depth == 0)
                        {
                            return i + 1;
                        }

                        break;
                    default:
                        break;
                }
            }

            return i;
        }
    }

    /// <summary>Counts, across buffers, the bytes inside strings and the <c>Do</c> operators of a content stream.</summary>
    private sealed class Measure(bool enabled)
    {
        private int _parens;
        private bool _escape;
        private bool _inHex;
        private int _hexDigits;
        private byte _previous1 = (byte)' ';
        private byte _previous2 = (byte)' ';
        private byte _previous3 = (byte)' ';

        public long StringBytes { get; private set; }

        public long DoCount { get; private set; }

        public void Scan(ReadOnlySpan<byte> data)
        {
            if (!enabled)
            {
                return;
            }

            foreach (var b in data)
            {
                if (_parens > 0)
                {
                    if (_escape)
                    {
                        _escape = false;
                    }
                    else if (b == '\\')
                    {
                        _escape = true;
                        continue;
                    }
                    else if (b == '(')
                    {
                        _parens++;
                    }
                    else if (b == ')')
                    {
                        _parens--;
                        continue;
                    }

                    StringBytes++;
                    continue;
                }

                if (_inHex)
                {
                    if (b == '<' && _hexDigits == 0)
                    {
                        // "<<" opens an inline dictionary, not a hex string.
                        _inHex = false;
                    }
                    else if (b == '>')
                    {
                        _inHex = false;
                        StringBytes += (_hexDigits + 1) / 2;
                        _hexDigits = 0;
                    }
                    else if (!IsWhiteSpace(b))
                    {
                        _hexDigits++;
                    }

                    continue;
                }

                if (b == '(')
                {
                    _parens = 1;
                }
                else if (b == '<')
                {
                    _inHex = true;
                }

                if (IsDelimiter(b) && _previous1 == 'o' && _previous2 == 'D' && IsDelimiter(_previous3))
                {
                    DoCount++;
                }

                _previous3 = _previous2;
                _previous2 = _previous1;
                _previous1 = b;
            }
        }
    }
}
