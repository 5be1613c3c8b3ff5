using System.CommandLine;
using ActorGraph.Worker;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph worker</c>: runs the inbox worker in the foreground until Ctrl+C or SIGTERM.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var inbox = new Option<string?>("--inbox") { Description = "The inbox folder to watch (default: Worker:Inbox, else ./inbox)." };
        var command = new Command("worker", "Watch an inbox folder and store every article dropped into it exactly once. Other Worker:* settings pass through, e.g. --Worker:BatchSize=100.")
        {
            inbox,
            StoreLocation.StoreOption,
        };

        // Unknown tokens are configuration for the host (--Worker:SettleTime=00:00:05, --Serilog:Json=true).
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(HostArguments(parseResult, inbox), cancellationToken));
        return command;
    }

    /// <summary>The worker's configuration arguments: pass-through tokens, then <c>--inbox</c> and the store when given.</summary>
    private static string[] HostArguments(ParseResult parseResult, Option<string?> inbox)
    {
        var args = new List<string>(parseResult.UnmatchedTokens);
        if (parseResult.GetValue(inbox) is { Length: > 0 } folder)
        {
            args.Add($"--{WorkerOptions.SectionName}:{nameof(WorkerOptions.Inbox)}={Path.GetFullPath(folder)}");
        }

        // --store, then $ACTORGRAPH_STORE, as for every other command; without either, Worker:Store decides.
        if (!string.IsNullOrWhiteSpace(parseResult.GetValue(StoreLocation.StoreOption))
            || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable)))
        {
            args.Add($"--{WorkerOptions.SectionName}:{nameof(WorkerOptions.Store)}={StoreLocation.Resolve(parseResult)}");
        }

        return [.. args];
    }
}
