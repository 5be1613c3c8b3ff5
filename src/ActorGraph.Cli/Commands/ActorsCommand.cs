using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph actors</c>: the actors in the store, busiest first, optionally filtered by name or alias.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var search = new Option<string?>("--search") { Description = "Only actors whose name or an alias contains this text (case and accents ignored)." };
        var format = OutputFormat.TableOrJson();
        var command = new Command("actors", "List the actors in the store with their kind, country, degree and aliases.")
        {
            StoreLocation.StoreOption, search, format,
        };
        command.SetAction((parseResult, cancellationToken) => StoreCommand.RunAsync(parseResult, createIfMissing: false, async store =>
        {
            var query = parseResult.GetValue(search);
            var actors = await store.ReadActorsAsync(cancellationToken)
                .Where(a => string.IsNullOrWhiteSpace(query) || Matches(a, query.Trim()))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var ordered = actors
                .OrderByDescending(a => a.Degree)
                .ThenBy(a => a.Actor.Name, StringComparer.Ordinal)
                .ThenBy(a => a.Actor.Id.Value, StringComparer.Ordinal)
                .ToList();
            if (parseResult.IsJson(format))
            {
                Console.Out.WriteLine(ToJson(ordered));
            }
            else
            {
                WriteTable(ordered);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Whether the actor's name or one of its aliases contains the query.</summary>
    public static bool Matches(StoredActor actor, string query)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return TextSearch.Contains(actor.Actor.Name, query) || actor.Aliases.Any(alias => TextSearch.Contains(alias, query));
    }

    /// <summary>The actors as a JSON array of objects with id, name, kind, country, sector, degree and aliases.</summary>
    public static string ToJson(IEnumerable<StoredActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var stored in actors)
            {
                var actor = stored.Actor;
                w.WriteStartObject();
                w.WriteString("id", actor.Id.Value);
                w.WriteString("name", actor.Name);
                w.WriteString("kind", actor.Kind.ToName());
                w.WriteString("country", actor.Country);
                w.WriteString("sector", actor.Sector);
                w.WriteNumber("degree", stored.Degree);
                w.WriteStartArray("aliases");
                foreach (var alias in stored.Aliases)
                {
                    w.WriteStringValue(alias);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(IReadOnlyList<StoredActor> actors)
    {
        if (actors.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]no actors found[/]");
            return;
        }

        var table = new Table().AddColumns("id", "name", "kind", "country", "degree", "aliases");
        table.Columns[4].RightAligned();
        foreach (var stored in actors)
        {
            var actor = stored.Actor;
            table.AddRow(
                TerminalText.Cell(actor.Id.Value),
                TerminalText.Cell(actor.Name),
                actor.Kind.ToName(),
                TerminalText.Cell(actor.Country ?? ""),
                stored.Degree.ToString(CultureInfo.InvariantCulture),
                TerminalText.Cell(string.Join(", ", stored.Aliases.Where(alias => alias != actor.Name))));
        }

        TableOutput.Write(table);
        AnsiConsole.MarkupLine($"[grey]{actors.Count} actors[/]");
    }
}
