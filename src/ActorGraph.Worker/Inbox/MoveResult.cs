namespace ActorGraph.Worker.Inbox;

/// <summary>What became of an attempt to move a file without replacing anything.</summary>
internal enum MoveResult
{
    /// <summary>The file now has its new name.</summary>
    Moved,

    /// <summary>The file was gone: another worker moved it first.</summary>
    SourceMissing,

    /// <summary>The new name was taken; nothing changed.</summary>
    DestinationExists,
}
