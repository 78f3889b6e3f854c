// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Regions;

/// <summary>A character trie of folded names for forward longest-match scanning.</summary>
/// <typeparam name="T">The value stored with a name.</typeparam>
/// <remarks>
/// Names start with a CJK unified ideograph (U+4E00–U+9FFF), so the root is an array indexed by that range: most
/// positions of a text are rejected with one lookup. Matching folds the text character by character
/// (<see cref="TextFold.FoldChar"/>), so indices stay those of the unfolded text, and skips whitespace inside a
/// name (「甘 肃」).
/// </remarks>
internal sealed class NameTrie<T>
{
    /// <summary>The most names one <see cref="Match"/> reports (more than the longest name has characters).</summary>
    public const int MaxHits = 32;

    private const char First = '\u4E00';
    private const char Last = '\u9FFF';

    private readonly int[] _root = new int[Last - First + 1];
    private readonly List<List<(char C, int Node)>?> _building = [];
    private readonly List<(bool Has, T Value)> _values = [];
    private char[][] _childChars = [];
    private int[][] _childNodes = [];
    private bool[] _has = [];
    private T[] _frozenValues = [];

    /// <summary>Adds a name (already folded) and its value, replacing the value of a name added before.</summary>
    /// <param name="key">The folded name; it starts with a CJK ideograph.</param>
    /// <param name="value">The value.</param>
    public void Add(string key, T value)
    {
        if (key.Length == 0 || key[0] is < First or > Last)
        {
            throw new ArgumentException("A name starts with a CJK ideograph: " + key, nameof(key));
        }

        var slot = key[0] - First;
        if (_root[slot] == 0)
        {
            _root[slot] = NewNode() + 1;
        }

        var node = _root[slot] - 1;
        for (var k = 1; k < key.Length; k++)
        {
            var children = _building[node] ??= [];
            var child = children.FindIndex(p => p.C == key[k]);
            if (child < 0)
            {
                var created = NewNode();
                children.Add((key[k], created));
                node = created;
            }
            else
            {
                node = children[child].Node;
            }
        }

        _values[node] = (true, value);
    }

    /// <summary>Turns the children into arrays; call once after the last <see cref="Add"/>.</summary>
    public void Freeze()
    {
        _childChars = new char[_building.Count][];
        _childNodes = new int[_building.Count][];
        for (var n = 0; n < _building.Count; n++)
        {
            var children = _building[n];
            _childChars[n] = children is null ? [] : [.. children.Select(static p => p.C)];
            _childNodes[n] = children is null ? [] : [.. children.Select(static p => p.Node)];
        }

        _has = [.. _values.Select(static v => v.Has)];
        _frozenValues = [.. _values.Select(static v => v.Value)];
        _building.Clear();
        _values.Clear();
    }

    /// <summary>Returns the value of a node reported by <see cref="Match"/>.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The value.</returns>
    public T ValueOf(int node) => _frozenValues[node];

    /// <summary>Finds every name that occurs in <paramref name="text"/> at <paramref name="start"/>, shortest first.</summary>
    /// <param name="text">The text (folded or not).</param>
    /// <param name="start">Where the names should start.</param>
    /// <param name="nodes">Receives the node of each name found (for <see cref="ValueOf"/>); <see cref="MaxHits"/> long.</param>
    /// <param name="ends">Receives the index just past the last character of each name found.</param>
    /// <returns>The number of names found.</returns>
    public int Match(ReadOnlySpan<char> text, int start, Span<int> nodes, Span<int> ends)
    {
        var c = TextFold.FoldChar(text[start]);
        if (c is < First or > Last || _root[c - First] == 0)
        {
            return 0;
        }

        var node = _root[c - First] - 1;
        var count = 0;
        var j = start + 1;
        while (true)
        {
            if (_has[node] && count < nodes.Length)
            {
                nodes[count] = node;
                ends[count] = j;
                count++;
            }

            var f = '\0';
            while (j < text.Length && (f = TextFold.FoldChar(text[j])) == '\0')
            {
                j++;
            }

            if (j >= text.Length)
            {
                return count;
            }

            var chars = _childChars[node];
            var index = 0;
            while (index < chars.Length && chars[index] != f)
            {
                index++;
            }

            if (index == chars.Length)
            {
                return count;
            }

            node = _childNodes[node][index];
            j++;
        }
    }

    /// <summary>Returns the next folded, non-whitespace character at or after <paramref name="index"/>, or <c>'\0'</c> at the end.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where to look; on return, the index just past the character returned.</param>
    /// <returns>The folded character.</returns>
    public static char NextFolded(ReadOnlySpan<char> text, ref int index)
    {
        while (index < text.Length)
        {
            var f = TextFold.FoldChar(text[index++]);
            if (f != '\0')
            {
                return f;
            }
        }

        return '\0';
    }

    private int NewNode()
    {
        _building.Add(null);
        _values.Add((false, default!));
        return _building.Count - 1;
    }
}
