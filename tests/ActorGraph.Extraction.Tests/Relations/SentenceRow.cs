using System.Globalization;

namespace ActorGraph.Extraction.Tests.Relations;

/// <summary>One expected event of a fixture row: <c>SOURCE TYPE[/mode] TARGET [modality] @date</c>.</summary>
public sealed record ExpectedEvent(string Source, string Type, string? Mode, string Target, string Modality, string? Date);

/// <summary>One row of Fixtures/sentences.tsv.</summary>
public sealed record SentenceRow(int Line, DateOnly Published, string Text, IReadOnlyList<ExpectedEvent> Expected, string Note)
{
    /// <summary>Reads every row of the fixture file.</summary>
    public static IReadOnlyList<SentenceRow> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sentences.tsv");
        var rows = new List<SentenceRow>();
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            var published = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var expected = f[2] == "-" ? [] : f[2].Split(" ; ").Select(Parse).ToList();
            rows.Add(new SentenceRow(i + 1, published, f[1], expected, f.Length > 3 ? f[3] : ""));
        }

        return rows;
    }

    private static ExpectedEvent Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var typeMode = parts[1].Split('/');
        var modality = parts.FirstOrDefault(p => p.StartsWith('['))?.Trim('[', ']') ?? "asserted";
        var date = parts.FirstOrDefault(p => p.StartsWith('@'))?[1..];
        return new ExpectedEvent(parts[0], typeMode[0], typeMode.Length > 1 ? typeMode[1] : null, parts[2], modality, date);
    }
}
