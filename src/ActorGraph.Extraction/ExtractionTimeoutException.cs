namespace ActorGraph.Extraction;

/// <summary>Thrown when one article's extraction runs past its time budget; only that article fails.</summary>
public sealed class ExtractionTimeoutException : TimeoutException
{
    /// <summary>Creates the exception with a message naming the article and the budget.</summary>
    public ExtractionTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ExtractionTimeoutException()
        : base("extraction ran past its time budget")
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ExtractionTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
