namespace ActorGraph.Extraction.Evaluation;

/// <summary>A gold file that cannot be read; the message names the file and line.</summary>
public sealed class GoldFormatException : Exception
{
    /// <summary>Creates the exception with a message naming the file, line and problem.</summary>
    public GoldFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public GoldFormatException()
    {
    }

    /// <summary>Creates the exception wrapping its cause.</summary>
    public GoldFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
