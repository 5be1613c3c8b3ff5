using ActorGraph.Cli.Generation;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Tests.Generation;

/// <summary>Runs the CLI in process and reads stores back.</summary>
internal static class CliRunner
{
    public static Task<int> RunAsync(params string[] args)
    {
        var root = new System.CommandLine.RootCommand { Commands.GenerateCommand.Create(), Commands.BenchCommand.Create() };
        return root.Parse(args).InvokeAsync();
    }

    public static async Task<(List<StoredActor> Actors, List<RelationSummary> Relations)> ReadBackAsync(string path)
    {
        await using var store = await SqliteGraphStore.OpenAsync(path, SqliteStoreOptions.Default with { CreateIfMissing = false });
        var actors = new List<StoredActor>();
        await foreach (var actor in store.ReadActorsAsync())
        {
            actors.Add(actor);
        }

        var relations = new List<RelationSummary>();
        await foreach (var relation in store.ReadRelationsAsync())
        {
            relations.Add(relation);
        }

        return (actors, relations);
    }

    /// <summary>Writes a generated graph straight into a new store, as the generate command does.</summary>
    public static async Task GenerateAsync(string path, int actors, int relations, ulong seed)
    {
        await using var store = await SqliteGraphStore.OpenAsync(path);
        await SyntheticGraphWriter.WriteAsync(new SyntheticGraphGenerator(new GeneratorOptions(actors, relations, seed)), store.BulkInsertAsync);
    }
}
