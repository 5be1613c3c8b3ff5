using Spectre.Console;
using Spectre.Console.Rendering;

namespace ActorGraph.Cli;

/// <summary>Writes tables to stdout; when stdout is not a terminal they keep their natural width instead of wrapping at 80 columns, so each row stays one greppable line.</summary>
internal static class TableOutput
{
    private const int RedirectedWidth = 4096;

    public static void Write(IRenderable renderable)
    {
        if (!Console.IsOutputRedirected)
        {
            AnsiConsole.Write(renderable);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        console.Profile.Width = RedirectedWidth;
        console.Write(renderable);
    }
}
