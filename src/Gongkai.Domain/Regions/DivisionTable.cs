// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Regions;

/// <summary>The parsed division table (<c>Regions/Data/divisions.tsv</c>) with its code lookup and name indexes.</summary>
internal sealed class DivisionTable
{
    /// <summary>The manifest resource name of the table.</summary>
    public const string ResourceName = "Gongkai.Regions.Data.divisions.tsv";

    private readonly Dictionary<string, Region> _byCode;

    private DivisionTable(List<Region> regions)
    {
        All = regions.AsReadOnly();
        _byCode = regions.ToDictionary(static r => r.Code, StringComparer.Ordinal);
        Resolver = new UnitResolver(regions);
        Finder = new MentionFinder(regions);
    }

    /// <summary>Gets every division, in code order.</summary>
    public IReadOnlyList<Region> All { get; }

    /// <summary>Gets the resolver of reporting-unit names.</summary>
    public UnitResolver Resolver { get; }

    /// <summary>Gets the finder of province and city mentions.</summary>
    public MentionFinder Finder { get; }

    /// <summary>Loads the embedded table.</summary>
    /// <returns>The table.</returns>
    public static DivisionTable Load()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Missing resource " + ResourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Parses a table: <c>code&lt;TAB&gt;name</c> lines, <c>#</c> comments and blank lines ignored.</summary>
    /// <param name="reader">The table text.</param>
    /// <returns>The table.</returns>
    public static DivisionTable Parse(TextReader reader)
    {
        var rows = new List<(string Code, string Name)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab != 6 || line.Length == 7 || line.AsSpan(0, 6).ContainsAnyExceptInRange('0', '9'))
            {
                throw new FormatException("Bad division line: " + line);
            }

            rows.Add((line[..6], line[7..].Trim()));
        }

        rows.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        var provinces = new Dictionary<string, Region>(StringComparer.Ordinal);
        var cities = new Dictionary<string, Region>(StringComparer.Ordinal);
        var regions = new List<Region>(rows.Count);

        foreach (var (code, name) in rows)
        {
            if (code.EndsWith("0000", StringComparison.Ordinal))
            {
                var province = new Region(code, name, RegionLevel.Province, null, null);
                provinces.Add(code, province);
                regions.Add(province);
            }
        }

        foreach (var (code, name) in rows)
        {
            if (!code.EndsWith("0000", StringComparison.Ordinal) && code.EndsWith("00", StringComparison.Ordinal))
            {
                var city = new Region(code, name, RegionLevel.City, ProvinceOf(code), null);
                cities.Add(code, city);
                regions.Add(city);
            }
        }

        foreach (var (code, name) in rows)
        {
            if (!code.EndsWith("00", StringComparison.Ordinal))
            {
                var city = cities.GetValueOrDefault(string.Concat(code.AsSpan(0, 4), "00"));
                regions.Add(new Region(code, name, RegionLevel.County, ProvinceOf(code), city));
            }
        }

        regions.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new DivisionTable(regions);

        Region ProvinceOf(string code) =>
            provinces.GetValueOrDefault(string.Concat(code.AsSpan(0, 2), "0000"))
            ?? throw new FormatException("Division without province: " + code);
    }

    /// <summary>Returns the division with a code, or null.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <returns>The division, or null.</returns>
    public Region? FindByCode(string code) => _byCode.GetValueOrDefault(code);
}
