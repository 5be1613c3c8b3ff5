using System.Globalization;
using ActorGraph.Core.Actors;

namespace ActorGraph.Extraction.Knowledge;

/// <summary>Parses the block format of <c>graph-seeds/gazetteer/*.gaz</c> (see FORMAT.md there).</summary>
public static class GazetteerParser
{
    /// <summary>Parses a file's text; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<GazetteerRecord> Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<GazetteerRecord>();
        var block = new List<(int Line, string Key, string Value)>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new GazetteerFormatException(path, lineNo, $"expected 'key: value', got '{line}'");
            }

            block.Add((lineNo, line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim()));
        }

        Flush();
        return records;

        void Flush()
        {
            if (block.Count > 0)
            {
                records.Add(ParseBlock(block, path));
                block.Clear();
            }
        }
    }

    private static GazetteerRecord ParseBlock(List<(int Line, string Key, string Value)> block, string path)
    {
        var first = block[0];
        if (first.Key != "id")
        {
            throw new GazetteerFormatException(path, first.Line, "a record must start with 'id:'");
        }

        ActorId id;
        try
        {
            id = new ActorId(first.Value);
        }
        catch (ArgumentException e)
        {
            throw new GazetteerFormatException(path, first.Line, e.Message);
        }

        string? name = null, country = null;
        ActorKind? kind = null;
        OfficeRole? leader = null;
        List<string> aliases = [], shorts = [], adjectives = [], demonyms = [], capitals = [], seats = [];
        List<OfficeTerm> offices = [];
        foreach (var (line, key, value) in block.Skip(1))
        {
            switch (key)
            {
                case "name": name = value; break;
                case "kind":
                    if (!ActorKindNames.TryParse(value, out var k))
                    {
                        throw new GazetteerFormatException(path, line, $"unknown kind '{value}' (state, person, organisation, group)");
                    }

                    kind = k;
                    break;
                case "country": country = value.ToUpperInvariant(); break;
                case "aliases": aliases.AddRange(List(value)); break;
                case "short": shorts.AddRange(List(value)); break;
                case "adjectives": adjectives.AddRange(List(value)); break;
                case "demonyms": demonyms.AddRange(List(value)); break;
                case "capitals": capitals.AddRange(List(value)); break;
                case "seats": seats.AddRange(List(value)); break;
                case "leader": leader = ParseRole(value, path, line); break;
                case "office": offices.Add(ParseOffice(value, path, line)); break;
                case "titles": break;
                default: throw new GazetteerFormatException(path, line, $"unknown key '{key}'");
            }
        }

        if (name is null || kind is null)
        {
            throw new GazetteerFormatException(path, first.Line, $"record '{id}' needs both 'name' and 'kind'");
        }

        if (kind == ActorKind.State)
        {
            country ??= id.Value[(id.Value.IndexOf('/', StringComparison.Ordinal) + 1)..];
        }

        return new GazetteerRecord(id, name, kind.Value, country, aliases, shorts, adjectives, demonyms, capitals, seats, leader, offices, path);
    }

    private static IEnumerable<string> List(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static OfficeTerm ParseOffice(string value, string path, int line)
    {
        var parts = value.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length != 5)
        {
            throw new GazetteerFormatException(path, line, $"an office is 'title | holder-of | role | from | to', got {parts.Length} fields");
        }

        var from = ParseDate(parts[3], path, line) ?? throw new GazetteerFormatException(path, line, "an office needs a start date");
        var to = ParseDate(parts[4], path, line);
        if (to < from)
        {
            throw new GazetteerFormatException(path, line, $"office ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
        }

        return new OfficeTerm(parts[0].ToLowerInvariant(), parts[1], ParseRole(parts[2], path, line), from, to);
    }

    private static DateOnly? ParseDate(string text, string path, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new GazetteerFormatException(path, line, $"'{text}' is not a date (YYYY-MM-DD)");
    }

    private static OfficeRole ParseRole(string text, string path, int line) => text.Trim().ToLowerInvariant() switch
    {
        "head-of-state" => OfficeRole.HeadOfState,
        "head-of-government" => OfficeRole.HeadOfGovernment,
        "supreme-leader" => OfficeRole.SupremeLeader,
        "foreign-minister" => OfficeRole.ForeignMinister,
        "defence-minister" => OfficeRole.DefenceMinister,
        "org-head" => OfficeRole.OrgHead,
        "vice-president" => OfficeRole.VicePresident,
        "deputy-head-of-government" => OfficeRole.DeputyHeadOfGovernment,
        "other" => OfficeRole.Other,
        _ => throw new GazetteerFormatException(path, line, $"unknown role '{text}'"),
    };
}
