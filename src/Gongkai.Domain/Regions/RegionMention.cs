// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Regions;

/// <summary>A place in a text that names a province or a prefecture-level city.</summary>
/// <param name="Region">The division named.</param>
/// <param name="Index">The index of the first character of the name in the searched text.</param>
/// <param name="Length">The number of characters the name spans in the searched text (whitespace inside it included).</param>
/// <param name="Text">The name as written in the searched text.</param>
public sealed record RegionMention(Region Region, int Index, int Length, string Text);
