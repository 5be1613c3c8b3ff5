using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Generation;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph generate --actors N --relations M --seed S --store PATH</c>: writes a synthetic graph into a new store.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var actors = new Option<int>("--actors") { Description = "Number of actors, the real hubs (country/USA, org/un ...) included.", DefaultValueFactory = _ => 1000 };
        var relations = new Option<int>("--relations") { Description = "Number of distinct summary edges.", DefaultValueFactory = _ => 5000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed writes the same graph.", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write a synthetic graph shaped like news event data (hubs, heavy-tailed degrees, every PLOVER type) into a new store.")
        {
            actors, relations, seed, StoreLocation.StoreOption,
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
                return StoreCommand.Fail(exception.Message);
            }

            return await StoreCommand.RunAsync(parseResult, createIfMissing: true, async opened =>
            {
                if (opened is not SqliteGraphStore store)
                {
                    return StoreCommand.Fail("generate writes into a SQLite store file only: drop --neo4j");
                }

                var before = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
                if (before.Actors > 0 || before.Relations > 0)
                {
                    // Generating on top of a graph would merge two graphs: no seed would describe the result.
                    return StoreCommand.Fail($"the store {store.Path} is not empty; give generate a new file");
                }

                var generator = new SyntheticGraphGenerator(options);
                var done = await SyntheticGraphWriter.WriteAsync(
                    generator, store.BulkInsertAsync, new ProgressLine(), cancellationToken: cancellationToken).ConfigureAwait(false);
                if (!Console.IsErrorRedirected)
                {
                    await Console.Error.WriteLineAsync().ConfigureAwait(false);
                }

                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"generated {done.Actors} actors and {done.Relations} relations (seed {options.Seed}) into {store.Path} in {done.Elapsed.TotalSeconds:F1} s"));
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>One progress line on stderr: rewritten in place on a terminal, one line per chunk otherwise.</summary>
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
