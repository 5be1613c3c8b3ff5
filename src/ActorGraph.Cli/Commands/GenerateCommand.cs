using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Generation;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph generate --actors N --relations M --seed S --store PATH</c>: writes a synthetic graph into a store.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var actors = new Option<int>("--actors") { Description = "Number of actors, the real hubs included.", DefaultValueFactory = _ => 1000 };
        var relations = new Option<int>("--relations") { Description = "Number of distinct summary edges.", DefaultValueFactory = _ => 5000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed writes the same graph.", DefaultValueFactory = _ => 1 };
        var store = new Option<string>("--store") { Description = "The SQLite store to write (created if missing; should be new).", Required = true };
        var command = new Command("generate", "Write a synthetic graph shaped like news event data (hubs, heavy-tailed degrees, all PLOVER types) into a store.")
        {
            actors, relations, seed, store,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            GeneratorOptions options;
            try
            {
                options = new GeneratorOptions(parseResult.GetValue(actors), parseResult.GetValue(relations), parseResult.GetValue(seed));
            }
            catch (ArgumentOutOfRangeException exception)
            {
                await Console.Error.WriteLineAsync($"generate: {exception.Message}").ConfigureAwait(false);
                return 2;
            }

            var path = parseResult.GetValue(store)!;
            var generator = new SyntheticGraphGenerator(options);
            await using var graphStore = await SqliteGraphStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
            var before = await graphStore.GetStatsAsync(cancellationToken).ConfigureAwait(false);
            if (before.Actors > 0 || before.Relations > 0)
            {
                // Generating on top of a graph would merge two graphs: neither seed would describe the result.
                await Console.Error.WriteLineAsync($"generate: the store {graphStore.Path} is not empty; give a new path.").ConfigureAwait(false);
                return 2;
            }

            var done = await SyntheticGraphWriter.WriteAsync(
                generator, graphStore.BulkInsertAsync, new ProgressLine(), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!Console.IsErrorRedirected)
            {
                Console.Error.WriteLine();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {done.Actors} actors and {done.Relations} relations (seed {options.Seed}) into {graphStore.Path} in {done.Elapsed.TotalSeconds:F1} s"));
            return 0;
        });
        return command;
    }

    /// <summary>One progress line on stderr, rewritten in place on a terminal and one line per chunk otherwise.</summary>
    private sealed class ProgressLine : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value)
        {
            var rate = value.Elapsed.TotalSeconds > 0 ? value.Relations / value.Elapsed.TotalSeconds : 0;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"generate: {value.Actors} actors, {value.Relations}/{value.TotalRelations} relations ({100.0 * value.Relations / Math.Max(1, value.TotalRelations):F0}%), {value.Elapsed.TotalSeconds:F1} s, {rate:F0} relations/s");
            if (Console.IsErrorRedirected)
            {
                Console.Error.WriteLine(line);
            }
            else
            {
                Console.Error.Write("\r" + line);
            }
        }
    }
}
