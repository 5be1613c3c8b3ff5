using Spectre.Console;

namespace ActorGraph.Cli;

/// <summary>Text from input made safe for the terminal (<see cref="Core.Text.TerminalText"/>), in the forms the CLI prints it.</summary>
internal static class TerminalText
{
    /// <summary>The text with every character that could steer a terminal replaced by a visible escape.</summary>
    public static string Safe(string? text) => Core.Text.TerminalText.Safe(text);

    /// <summary>A table cell: <see cref="Safe"/>, then escaped for Spectre markup.</summary>
    public static string Cell(string? text) => Markup.Escape(Safe(text));
}
