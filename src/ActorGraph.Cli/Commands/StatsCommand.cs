using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Storage;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph stats</c>: how many articles, actors, events and relations the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var format = OutputFormat.TableOrJson();
        var recount = new Option<bool>("--recount")
        {
            Description = "Neo4j only: recount every summary relationship from its events, report those that differed from the incrementally kept ones, and rewrite them.",
        };
        var command = new Command("stats", "Count the articles, actors, events and relations in the store.") { StoreLocation.StoreOption, format, recount };
        command.SetAction((parseResult, cancellationToken) => StoreCommand.RunAsync(parseResult, createIfMissing: false, async store =>
        {
            if (parseResult.GetValue(recount))
            {
                if (store is not ActorGraph.Storage.Neo4j.Neo4jGraphStore neo4j)
                {
                    return StoreCommand.Fail("--recount applies to a Neo4j store (--neo4j URI)");
                }

                var check = await neo4j.VerifySummariesAsync(repair: true, cancellationToken).ConfigureAwait(false);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"recount: {check.Checked} relations checked, {check.Differed} differed from their events{(check.Repaired ? " and were rewritten" : "")}"));
            }

            var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.IsJson(format))
            {
                Console.Out.WriteLine(ToJson(stats));
            }
            else
            {
                WriteTable(stats);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>The stats as <c>{"articles":N,"actors":N,"events":N,"relations":N}</c>.</summary>
    public static string ToJson(GraphStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("articles", stats.Articles);
            w.WriteNumber("actors", stats.Actors);
            w.WriteNumber("events", stats.Events);
            w.WriteNumber("relations", stats.Relations);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(GraphStats stats)
    {
        var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (what, count) in new[] { ("articles", stats.Articles), ("actors", stats.Actors), ("events", stats.Events), ("relations", stats.Relations) })
        {
            table.AddRow(what, count.ToString("N0", CultureInfo.InvariantCulture));
        }

        TableOutput.Write(table);
    }
}
