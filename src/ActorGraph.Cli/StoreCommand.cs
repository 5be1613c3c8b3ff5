using System.CommandLine;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli;

/// <summary>
/// Runs a command against the store, turning every failure into one <c>error:</c> line on stderr: exit code 1, or
/// <see cref="StoreFaultExit"/> when the store cannot be reached or written (read-only, full, locked, unreachable).
/// </summary>
internal static class StoreCommand
{
    /// <summary>The exit code for a store that cannot be reached or written right now; the same command may work once that is fixed.</summary>
    public const int StoreFaultExit = 3;

    /// <summary>Opens the store the command line names, runs the body and closes the store.</summary>
    /// <param name="parseResult">The parsed command line, for <c>--store</c>.</param>
    /// <param name="createIfMissing">Whether a missing store is created (writers), or an error and the store opened read-only (readers).</param>
    /// <param name="body">The command's work; returns the exit code.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<int> RunAsync(ParseResult parseResult, bool createIfMissing, Func<IGraphStore, Task<int>> body, CancellationToken cancellationToken)
    {
        var path = StoreLocation.Resolve(parseResult);
        try
        {
            await using var store = await OpenAsync(parseResult, path, createIfMissing, cancellationToken).ConfigureAwait(false);
            return await body(store).ConfigureAwait(false);
        }
        catch (ArgumentException e) when (e.Message.StartsWith(Neo4jOptions.Section, StringComparison.Ordinal))
        {
            return Fail(e.Message);
        }
        catch (Neo4jException e)
        {
            return Fail(e.Message);
        }
        catch (FileNotFoundException) when (!File.Exists(path))
        {
            return Fail($"no ActorGraph store at {path} (ingest articles first, or name one with --store or ${StoreLocation.EnvironmentVariable})");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail("cancelled");
        }
        catch (StoreUnavailableException e)
        {
            return Fail(e.Message, StoreFaultExit);
        }
        catch (Exception e) when (e is StoreFormatException or IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }
    }

    /// <summary>The Neo4j store when <c>--neo4j</c> or <c>Neo4j__Uri</c> names a server, else the SQLite file at <paramref name="path"/>.</summary>
    private static async Task<IGraphStore> OpenAsync(ParseResult parseResult, string path, bool createIfMissing, CancellationToken cancellationToken)
    {
        if (StoreLocation.Neo4jSettings(parseResult) is { } settings)
        {
            return await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromConfiguration(settings), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        // Commands that only read open the store read-only, so they work on a store in a read-only file or folder.
        var options = SqliteStoreOptions.Default with { CreateIfMissing = createIfMissing, ReadOnly = !createIfMissing };
        return await SqliteGraphStore.OpenAsync(path, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one error line to stderr, control characters made visible, and returns the exit code (1 unless given).</summary>
    public static int Fail(string message, int exitCode = 1)
    {
        Console.Error.WriteLine($"error: {TerminalText.Safe(message.ReplaceLineEndings(" "))}");
        return exitCode;
    }
}
