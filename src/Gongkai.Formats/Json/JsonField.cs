// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;

namespace Gongkai.Formats.Json;

/// <summary>A JSON value together with its path in the document (<c>sections[2].number</c>), read by the type the schema expects.</summary>
/// <remarks>
/// Every read of a value goes through one of the typed accessors here (<see cref="Object"/>, <see cref="Array"/>,
/// <see cref="String"/>, <see cref="Int32"/> …): each checks the JSON type and throws a
/// <see cref="ReportReadException"/> (<see cref="ReadErrorKind.Damaged"/>) whose Chinese message names the path, the
/// expected type and what was found. No accessor of <see cref="JsonElement"/> that throws on a wrong type
/// (<see cref="JsonElement.GetString"/> on a number, <see cref="JsonElement.GetInt32"/> on a fraction) is called
/// outside this type, so a wrongly typed field is a read error whatever field it is.
/// </remarks>
internal readonly struct JsonField
{
    private const int PreviewLength = 40;

    private readonly JsonElement _element;

    /// <summary>Initializes a new instance of the <see cref="JsonField"/> struct.</summary>
    /// <param name="element">The value.</param>
    /// <param name="path">Its path (empty for the root).</param>
    public JsonField(JsonElement element, string path)
    {
        _element = element;
        Path = path;
    }

    /// <summary>Gets the path of the value, e.g. <c>sections[2].number</c> (empty for the root).</summary>
    public string Path { get; }

    /// <summary>Gets the JSON type of the value.</summary>
    public JsonValueKind Kind => _element.ValueKind;

    /// <summary>Gets a value indicating whether the value is <c>null</c>.</summary>
    public bool IsNull => _element.ValueKind == JsonValueKind.Null;

    /// <summary>Gets the value as written in the file, shortened for a message.</summary>
    public string Preview
    {
        get
        {
            var raw = _element.GetRawText();
            return raw.Length <= PreviewLength ? raw : string.Concat(raw.AsSpan(0, PreviewLength), "…");
        }
    }

    /// <summary>Gets the raw JSON text of the value (a number as written).</summary>
    public string RawText => _element.GetRawText();

    private string Name => Path.Length == 0 ? "JSON 根节点" : $"JSON 字段 {Path}";

    /// <summary>Returns the members of an object.</summary>
    /// <returns>The members, each with its path.</returns>
    /// <exception cref="ReportReadException">The value is not an object.</exception>
    public IEnumerable<KeyValuePair<string, JsonField>> Object()
    {
        Expect(JsonValueKind.Object, "对象");
        return Members();
    }

    /// <summary>Returns the members of an object, or none when the value is <c>null</c>.</summary>
    /// <returns>The members.</returns>
    /// <exception cref="ReportReadException">The value is neither an object nor null.</exception>
    public IEnumerable<KeyValuePair<string, JsonField>> ObjectOrNull() => IsNull ? [] : OrNull(JsonValueKind.Object, "对象").Object();

    /// <summary>Returns the items of an array.</summary>
    /// <returns>The items, each with its path.</returns>
    /// <exception cref="ReportReadException">The value is not an array.</exception>
    public IEnumerable<JsonField> Array()
    {
        Expect(JsonValueKind.Array, "数组");
        return Items();
    }

    /// <summary>Returns the items of an array, or none when the value is <c>null</c>.</summary>
    /// <returns>The items.</returns>
    /// <exception cref="ReportReadException">The value is neither an array nor null.</exception>
    public IEnumerable<JsonField> ArrayOrNull() => IsNull ? [] : OrNull(JsonValueKind.Array, "数组").Array();

    /// <summary>Returns a string.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="ReportReadException">The value is not a string, or not valid text.</exception>
    public string String()
    {
        Expect(JsonValueKind.String, "字符串");
        try
        {
            return _element.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // Invalid UTF-8 or a lone surrogate escape inside the string.
            throw Error($"{Name} 不是有效的文本（含无效的 UTF-8 字节或转义）。", ex);
        }
    }

    /// <summary>Returns a string, or null when the value is <c>null</c>.</summary>
    /// <returns>The text, or null.</returns>
    /// <exception cref="ReportReadException">The value is neither a string nor null.</exception>
    public string? StringOrNull() => IsNull ? null : OrNull(JsonValueKind.String, "字符串").String();

    /// <summary>Returns an integer within a range.</summary>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value.</param>
    /// <param name="meaning">What the number is, for the message (e.g. 「章节编号」).</param>
    /// <returns>The number.</returns>
    /// <exception cref="ReportReadException">The value is not a number, not an integer, or out of range.</exception>
    public int Int32(int min, int max, string meaning)
    {
        Expect(JsonValueKind.Number, "整数");
        if (!_element.TryGetInt32(out var value) || value < min || value > max)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"{Name} 的值 {Preview} 不是有效的{meaning}（应为 {min}–{max} 之间的整数）。"));
        }

        return value;
    }

    /// <summary>Returns an integer within a range, or null when the value is <c>null</c>.</summary>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value.</param>
    /// <param name="meaning">What the number is, for the message.</param>
    /// <returns>The number, or null.</returns>
    /// <exception cref="ReportReadException">The value is neither a number in range nor null.</exception>
    public int? Int32OrNull(int min, int max, string meaning) => IsNull ? null : OrNull(JsonValueKind.Number, "整数").Int32(min, max, meaning);

    /// <summary>Returns a decimal number, or null when the number does not fit a decimal (e.g. <c>1e309</c>).</summary>
    /// <returns>The number, or null.</returns>
    /// <exception cref="ReportReadException">The value is not a number.</exception>
    public decimal? Decimal()
    {
        Expect(JsonValueKind.Number, "数字");
        return _element.TryGetDecimal(out var value) ? value : null;
    }

    /// <summary>Returns a member of an object, or null when it is absent.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The member, or null.</returns>
    /// <exception cref="ReportReadException">The value is not an object.</exception>
    public JsonField? Member(string name)
    {
        Expect(JsonValueKind.Object, "对象");
        return _element.TryGetProperty(name, out var value) ? new JsonField(value, Child(name)) : null;
    }

    /// <summary>Returns a member that must be present.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="meaning">What the member is, for the message.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ReportReadException">The value is not an object, or the member is absent.</exception>
    public JsonField Required(string name, string meaning) =>
        Member(name) ?? throw Error($"JSON 字段 {Child(name)} 缺失（{meaning}）。");

    /// <summary>Creates the error for this value.</summary>
    /// <param name="message">The Chinese message.</param>
    /// <param name="inner">The cause, if any.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException Error(string message, Exception? inner = null) =>
        inner is null ? new ReportReadException(message) { Kind = ReadErrorKind.Damaged } : new ReportReadException(message, inner) { Kind = ReadErrorKind.Damaged };

    /// <summary>Creates the error of a value that is not of the expected type.</summary>
    /// <param name="expected">The expected type, in Chinese (e.g. 「字符串或 null」).</param>
    /// <returns>The exception to throw.</returns>
    public ReportReadException WrongType(string expected) =>
        Error($"{Name} 应为{expected}，实际为{KindName(Kind)} {Preview}。");

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => "null",
        _ => "未知值",
    };

    private void Expect(JsonValueKind kind, string expected)
    {
        if (_element.ValueKind != kind)
        {
            throw WrongType(expected);
        }
    }

    /// <summary>Checks the type of a value that may also be null, so that the message names both.</summary>
    private JsonField OrNull(JsonValueKind kind, string expected) =>
        _element.ValueKind == kind ? this : throw WrongType(expected + "或 null");

    private string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private IEnumerable<KeyValuePair<string, JsonField>> Members()
    {
        foreach (var property in _element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException ex)
            {
                throw Error($"{Name} 中有成员名不是有效的文本（含无效的 UTF-8 字节或转义）。", ex);
            }

            yield return new(name, new JsonField(property.Value, Child(name)));
        }
    }

    private IEnumerable<JsonField> Items()
    {
        var index = 0;
        foreach (var item in _element.EnumerateArray())
        {
            yield return new JsonField(item, string.Create(CultureInfo.InvariantCulture, $"{Path}[{index}]"));
            index++;
        }
    }
}
