using System.Text.Json;
using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>Reads gold event files: one JSON record a line with <c>id</c>, <c>text</c> and <c>events</c> (see docs/evaluation.md).</summary>
public static class GoldReader
{
    /// <summary>Reads every record of a JSONL gold file; a bad line throws <see cref="GoldFormatException"/> naming file and line.</summary>
    public static async Task<IReadOnlyList<GoldSentence>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        var sentences = new List<GoldSentence>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                sentences.Add(Parse(lines[i], path, i + 1));
            }
        }

        return sentences;
    }

    /// <summary>Parses one gold record.</summary>
    public static GoldSentence Parse(string line, string file, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail(file, lineNumber, "a record must be a JSON object");
            }

            var id = Text(root, "id") ?? throw Fail(file, lineNumber, "missing \"id\"");
            var text = Text(root, "text") ?? throw Fail(file, lineNumber, "missing \"text\"");
            var events = new List<GoldEvent>();
            if (root.TryGetProperty("events", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in list.EnumerateArray())
                {
                    // Events without a PLOVER type are informational only and not scored.
                    var type = Text(e, "plover");
                    if (type is null)
                    {
                        continue;
                    }

                    if (!Plover.TryParse(type, out var plover))
                    {
                        throw Fail(file, lineNumber, $"unknown PLOVER type \"{type}\"");
                    }

                    events.Add(new GoldEvent(plover, Text(e, "source_name") ?? "", Text(e, "source_iso3"), Text(e, "target_name") ?? "", Text(e, "target_iso3")));
                }
            }

            return new GoldSentence(id, text, events);
        }
        catch (JsonException ex)
        {
            throw Fail(file, lineNumber, $"not valid JSON ({ex.Message})");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static GoldFormatException Fail(string file, int line, string problem) => new($"{file}:{line}: {problem}");
}
