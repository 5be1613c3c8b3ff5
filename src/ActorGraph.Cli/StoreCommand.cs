using System.CommandLine;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli;

/// <summary>Runs a command against the store, turning every failure into one <c>error:</c> line on stderr and exit code 1.</summary>
internal static class StoreCommand
{
    /// <summary>Opens the store the command line names, runs the body and closes the store.</summary>
    /// <param name="parseResult">The parsed command line, for <c>--store</c>.</param>
    /// <param name="createIfMissing">Whether a missing store is created (writers) or an error (readers).</param>
    /// <param name="body">The command's work; returns the exit code.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<int> RunAsync(ParseResult parseResult, bool createIfMissing, Func<SqliteGraphStore, Task<int>> body, CancellationToken cancellationToken)
    {
        var path = StoreLocation.Resolve(parseResult);
        try
        {
            var options = SqliteStoreOptions.Default with { CreateIfMissing = createIfMissing };
            await using var store = await SqliteGraphStore.OpenAsync(path, options, cancellationToken).ConfigureAwait(false);
            return await body(store).ConfigureAwait(false);
        }
        catch (FileNotFoundException) when (!File.Exists(path))
        {
            return Fail($"no ActorGraph store at {path} (ingest articles first, or name one with --store or ${StoreLocation.EnvironmentVariable})");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail("cancelled");
        }
        catch (Exception e) when (e is StoreFormatException or StoreUnavailableException or IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }
    }

    /// <summary>Writes one error line to stderr and returns exit code 1.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message.ReplaceLineEndings(" ")}");
        return 1;
    }
}
