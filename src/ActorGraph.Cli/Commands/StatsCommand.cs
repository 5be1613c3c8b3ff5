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
        var command = new Command("stats", "Count the articles, actors, events and relations in the store.") { StoreLocation.StoreOption, format };
        command.SetAction((parseResult, cancellationToken) => StoreCommand.RunAsync(parseResult, createIfMissing: false, async store =>
        {
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
