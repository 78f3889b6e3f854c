// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.IO.Compression;

namespace Gongkai.Formats.Pdf;

/// <summary>Streaming decoders of the PDF stream filters that can expand their input (PDF 32000-1 §7.4).</summary>
/// <remarks>
/// Used by <see cref="PdfStreamScan"/> to measure what each stream decodes to before PdfPig decodes it whole in
/// memory: the decoders read forward with a small buffer and never hold the output.
/// </remarks>
internal static class PdfDecodeStreams
{
    /// <summary>Wraps <paramref name="source"/> in the decoder of <paramref name="filter"/>.</summary>
    /// <param name="source">The encoded bytes.</param>
    /// <param name="filter">The filter name without the slash, full or abbreviated (§8.9.7).</param>
    /// <returns>The decoded stream, or null for an image codec or unknown filter (its output is not measured).</returns>
    public static Stream? Decode(Stream source, string filter) => filter switch
    {
        // §7.4.4: zlib data; PdfPig, like most readers, skips the two header bytes and ignores the checksum.
        "FlateDecode" or "Fl" => new DeflateStream(SkipZlibHeader(source), CompressionMode.Decompress),
        "LZWDecode" or "LZW" => new LzwStream(source),
        "RunLengthDecode" or "RL" => new RunLengthStream(source),
        "ASCIIHexDecode" or "AHx" => new AsciiHexStream(source),
        "ASCII85Decode" or "A85" => new Ascii85Stream(source),
        _ => null,
    };

    private static Stream SkipZlibHeader(Stream source)
    {
        Span<byte> header = stackalloc byte[2];
        var read = source.ReadAtLeast(header, 2, throwOnEndOfStream: false);
        if (read == 2 && (header[0] & 0x0F) == 8 && ((header[0] << 8) | header[1]) % 31 == 0)
        {
            return source;
        }

        // No zlib header: raw deflate from the start (a stream that cannot rewind is read as if it had one).
        if (source.CanSeek)
        {
            source.Position -= read;
        }

        return source;
    }

    /// <summary>A forward-only stream that produces bytes one at a time from a decoder.</summary>
    private abstract class ByteDecoder(Stream source) : Stream
    {
        private readonly byte[] _input = ArrayPool<byte>.Shared.Rent(4096);
        private int _inputLength;
        private int _inputPosition;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && Produce(buffer[written..], out var produced))
            {
                written += produced;
            }

            return written;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>Writes decoded bytes into <paramref name="output"/> (never empty).</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="produced">How many bytes were written (may be 0 when input was consumed without output).</param>
        /// <returns>False at the end of the data.</returns>
        protected abstract bool Produce(Span<byte> output, out int produced);

        /// <summary>Reads the next input byte.</summary>
        /// <returns>The byte, or -1 at the end of the input.</returns>
        protected int Next()
        {
            if (_inputPosition == _inputLength)
            {
                _inputLength = source.Read(_input);
                _inputPosition = 0;
                if (_inputLength == 0)
                {
                    return -1;
                }
            }

            return _input[_inputPosition++];
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                ArrayPool<byte>.Shared.Return(_input);
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>§7.4.5: run lengths; a length byte 0–127 copies the next n+1 bytes, 129–255 repeats one byte 257−n times, 128 ends.</summary>
    private sealed class RunLengthStream(Stream source) : ByteDecoder(source)
    {
        private int _repeat;
        private int _copy;
        private byte _value;
        private bool _done;

        protected override bool Produce(Span<byte> output, out int produced)
        {
            produced = 0;
            if (_repeat > 0)
            {
                var n = Math.Min(_repeat, output.Length);
                output[..n].Fill(_value);
                _repeat -= n;
                produced = n;
                return true;
            }

            if (_copy > 0)
            {
                var b = Next();
                if (b < 0)
                {
                    return false;
                }

                _copy--;
                output[0] = (byte)b;
                produced = 1;
                return true;
            }

            if (_done)
            {
                return false;
            }

            var length = Next();
            if (length is < 0 or 128)
            {
                _done = true;
                return false;
            }

            if (length < 128)
            {
                _copy = length + 1;
                return true;
            }

            var value = Next();
            if (value < 0)
            {
                return false;
            }

            _value = (byte)value;
            _repeat = 257 - length;
            return true;
        }
    }

    /// <summary>§7.4.4: LZW with 9–12-bit codes, 256 clear table, 257 end, early change 1.</summary>
    private sealed class LzwStream(Stream source) : ByteDecoder(source)
    {
        private const int MaxCodes = 4096;
        private readonly short[] _prefix = new short[MaxCodes];
        private readonly byte[] _suffix = new byte[MaxCodes];
        private readonly byte[] _first = new byte[MaxCodes];
        private readonly short[] _lengths = new short[MaxCodes];
        private readonly byte[] _string = new byte[MaxCodes];
        private int _next = 258;
        private int _width = 9;
        private int _previous = -1;
        private int _bits;
        private int _bitCount;
        private int _pending;
        private int _pendingLength;
        private bool _done;

        protected override bool Produce(Span<byte> output, out int produced)
        {
            produced = 0;
            if (_pendingLength > 0)
            {
                var n = Math.Min(_pendingLength, output.Length);
                _string.AsSpan(_pending, n).CopyTo(output);
                _pending += n;
                _pendingLength -= n;
                produced = n;
                return true;
            }

            if (_done)
            {
                return false;
            }

            var code = ReadCode();
            if (code is < 0 or 257)
            {
                _done = true;
                return false;
            }

            if (code == 256)
            {
                _next = 258;
                _width = 9;
                _previous = -1;
                return true;
            }

            if (code > _next || (code == _next && _previous < 0))
            {
                _done = true;
                return false;
            }

            if (_previous >= 0 && _next < MaxCodes)
            {
                var first = code < _next ? First(code) : First(_previous);
                _prefix[_next] = (short)_previous;
                _suffix[_next] = first;
                _first[_next] = First(_previous);
                _lengths[_next] = (short)(StringLength(_previous) + 1);
                _next++;
                if (_next + 1 >= 1 << _width && _width < 12)
                {
                    _width++;
                }
            }

            // Unwind the string of the code into the scratch buffer, last byte first.
            var length = StringLength(code);
            var c = code;
            for (var i = length - 1; i >= 0; i--)
            {
                if (c < 256)
                {
                    _string[i] = (byte)c;
                    break;
                }

                _string[i] = _suffix[c];
                c = _prefix[c];
            }

            _previous = code;
            _pending = 0;
            _pendingLength = length;
            return true;
        }

        private byte First(int code) => code < 256 ? (byte)code : _first[code];

        private int StringLength(int code) => code < 256 ? 1 : _lengths[code];

        private int ReadCode()
        {
            while (_bitCount < _width)
            {
                var b = Next();
                if (b < 0)
                {
                    return -1;
                }

                _bits = (_bits << 8) | b;
                _bitCount += 8;
            }

            _bitCount -= _width;
            var code = (_bits >> _bitCount) & ((1 << _width) - 1);
            _bits &= (1 << _bitCount) - 1;
            return code;
        }
    }

    /// <summary>§7.4.2: pairs of hexadecimal digits, white space ignored, <c>&gt;</c> ends.</summary>
    private sealed class AsciiHexStream(Stream source) : ByteDecoder(source)
    {
        private bool _done;

        protected override bool Produce(Span<byte> output, out int produced)
        {
            produced = 0;
            var high = -1;
            while (!_done)
            {
                var b = Next();
                if (b is < 0 or '>')
                {
                    _done = true;
                    break;
                }

                var digit = HexDigit(b);
                if (digit < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = digit;
                    continue;
                }

                output[0] = (byte)((high << 4) | digit);
                produced = 1;
                return true;
            }

            if (high >= 0)
            {
                output[0] = (byte)(high << 4);
                produced = 1;
                return true;
            }

            return false;
        }

        private static int HexDigit(int b) => b switch
        {
            >= '0' and <= '9' => b - '0',
            >= 'a' and <= 'f' => b - 'a' + 10,
            >= 'A' and <= 'F' => b - 'A' + 10,
            _ => -1,
        };
    }

    /// <summary>§7.4.3: base-85 groups of five characters into four bytes, <c>z</c> for four zeros, <c>~&gt;</c> ends.</summary>
    private sealed class Ascii85Stream(Stream source) : ByteDecoder(source)
    {
        private readonly byte[] _group = new byte[4];
        private int _groupPosition;
        private int _groupLength;
        private bool _done;

        protected override bool Produce(Span<byte> output, out int produced)
        {
            produced = 0;
            if (_groupPosition < _groupLength)
            {
                output[0] = _group[_groupPosition++];
                produced = 1;
                return true;
            }

            if (_done)
            {
                return false;
            }

            uint value = 0;
            var count = 0;
            while (count < 5)
            {
                var b = Next();
                if (b is < 0 or '~')
                {
                    _done = true;
                    break;
                }

                if (b == 'z' && count == 0)
                {
                    _group.AsSpan().Clear();
                    _groupPosition = 0;
                    _groupLength = 4;
                    return true;
                }

                if (b is < '!' or > 'u')
                {
                    continue;
                }

                value = unchecked((value * 85) + (uint)(b - '!'));
                count++;
            }

            if (count < 2)
            {
                return false;
            }

            for (var i = count; i < 5; i++)
            {
                value = unchecked((value * 85) + 84);
            }

            _group[0] = (byte)(value >> 24);
            _group[1] = (byte)(value >> 16);
            _group[2] = (byte)(value >> 8);
            _group[3] = (byte)value;
            _groupPosition = 0;
            _groupLength = count - 1;
            return true;
        }
    }
}
