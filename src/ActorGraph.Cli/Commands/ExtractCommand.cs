using System.CommandLine;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph extract PATH...</c>: prints the events found in articles.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Extract actor relations from articles and print them.") { paths };
        command.SetAction((parseResult, cancellationToken) =>
        {
            Console.Error.WriteLine("extract: not built yet");
            return Task.FromResult(1);
        });
        return command;
    }
}
