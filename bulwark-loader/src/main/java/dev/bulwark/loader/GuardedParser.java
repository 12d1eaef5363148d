package dev.bulwark.loader;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Sits between snakeyaml-engine's parser and its composer and stops a document that nests deeper
 * than {@code maxDepth} or holds more than {@code maxNodes} nodes. The composer recurses once per
 * nesting level and has no limit of its own, so without this guard a {@code [[[[…} line of 20,000
 * brackets overflows the stack. It also remembers the last event's position, for errors that
 * snakeyaml-engine raises without one (the alias limit, for instance).
 */
final class GuardedParser implements Parser {
  private final Parser delegate;
  private final int maxDepth;
  private final int maxNodes;
  private final int firstLine;
  private int depth;
  private int nodes;
  private Optional<Mark> lastMark = Optional.empty();

  GuardedParser(Parser delegate, int maxDepth, int maxNodes, int firstLine) {
    this.delegate = delegate;
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
    this.firstLine = firstLine;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return delegate.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return delegate.hasNext();
  }

  @Override
  public Event next() {
    Event event = delegate.next();
    lastMark = event.getStartMark();
    switch (event.getEventId()) {
      case MappingStart, SequenceStart -> {
        countNode();
        if (++depth > maxDepth) {
          throw LoadProblem.at(
              "nesting is deeper than " + maxDepth + " levels (maxDepth); document skipped",
              lastMark,
              firstLine);
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      case Scalar, Alias -> countNode();
      case DocumentStart -> {
        depth = 0;
        nodes = 0;
      }
      default -> {}
    }
    return event;
  }

  /** Where the parser was when something went wrong, if it got anywhere. */
  Optional<Mark> lastMark() {
    return lastMark;
  }

  private void countNode() {
    if (++nodes > maxNodes) {
      throw LoadProblem.at(
          "document has more than " + maxNodes + " nodes (maxNodesPerDocument); document skipped",
          lastMark,
          firstLine);
    }
  }
}
