package dev.bulwark.admission.server;

import dev.bulwark.admission.ReviewHandler;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the review handler. A review the handler calls bounded CPU work ({@link
 * ReviewHandler#mayBlock} false) and whose body is at most {@link #INLINE_MAX_BYTES} is decided
 * at once on the calling event loop ({@link #tryInline}): a Pod review costs tens of microseconds,
 * less than the two thread hand-offs a pool needs, and those hand-offs were what put the 99th
 * percentile over 2 ms at 2,000 reviews/s (docs/performance.md). Every other review goes to a small
 * worker pool ({@link #submit}), off the event loops, so that a slow evaluation can be answered by
 * the timeout and never stalls TLS or other connections. The pool is bounded: at most {@code
 * maxInFlight} reviews are queued or running; beyond that {@link #submit} refuses and the caller
 * sheds the request.
 */
final class ReviewEvaluator implements AutoCloseable {
  /** Receives the handler's answer or its exception, on a worker thread. */
  interface Completion {
    void complete(ObjectNode response, Throwable failure);
  }

  /** One submitted review; {@link #cancel()} drops it if no worker has started it yet. */
  static final class Evaluation implements Runnable {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;

    private final ReviewEvaluator owner;
    private final ReviewHandler handler;
    private final JsonNode review;
    private final Completion completion;
    private final AtomicInteger state = new AtomicInteger(QUEUED);

    private Evaluation(ReviewEvaluator owner, JsonNode review, Completion completion) {
      this.owner = owner;
      this.handler = owner.handler;
      this.review = review;
      this.completion = completion;
    }

    @Override
    public void run() {
      if (!state.compareAndSet(QUEUED, RUNNING)) {
        return;
      }
      // A handler that outlives its timeout still occupies a slot until it returns: overload
      // protection must count the work really running, not the answers already sent.
      decide(handler, review, owner.inFlight::decrementAndGet, completion);
    }

    void cancel() {
      if (state.compareAndSet(QUEUED, CANCELLED)) {
        owner.pool.remove(this);
        owner.inFlight.decrementAndGet();
      }
    }
  }

  /**
   * Largest body decided on an event loop. Typical Pod reviews are 2–10 KiB. The costliest shape
   * measured, a Pod packed with containers, costs 0.58 ms of CPU at 16 KiB and 2.2 ms at 64 KiB,
   * too long to hold a loop that serves other connections (bulwark-bench AdmissionReviewSizes,
   * docs/performance.md).
   */
  static final int INLINE_MAX_BYTES = 16 * 1024;

  private final ReviewHandler handler;
  private final int maxInFlight;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final ThreadPoolExecutor pool;

  ReviewEvaluator(ReviewHandler handler, int workers, int maxInFlight) {
    this.handler = handler;
    this.maxInFlight = maxInFlight;
    AtomicInteger threadNumber = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "bulwark-review-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Decides the review on the calling thread and returns true, when it is small and the handler
   * says it cannot block; otherwise returns false and does nothing.
   */
  boolean tryInline(JsonNode review, int bodyBytes, Completion completion) {
    if (bodyBytes > INLINE_MAX_BYTES || handler.mayBlock(review)) {
      return false;
    }
    decide(handler, review, () -> {}, completion);
    return true;
  }

  /**
   * Runs the handler and hands its answer, or what it threw, to {@code completion}; {@code
   * handlerDone} runs as soon as the handler returns or throws, before the completion.
   */
  private static void decide(
      ReviewHandler handler, JsonNode review, Runnable handlerDone, Completion completion) {
    ObjectNode response = null;
    Throwable failure = null;
    try {
      response = handler.handle(review);
    } catch (Exception | Error e) {
      failure = e;
    } finally {
      handlerDone.run();
    }
    completion.complete(response, failure);
  }

  /** Queues the review, or returns null when {@code maxInFlight} reviews are already in flight. */
  Evaluation submit(JsonNode review, Completion completion) {
    int current;
    do {
      current = inFlight.get();
      if (current >= maxInFlight) {
        return null;
      }
    } while (!inFlight.compareAndSet(current, current + 1));
    Evaluation evaluation = new Evaluation(this, review, completion);
    try {
      pool.execute(evaluation);
    } catch (RuntimeException rejected) {
      inFlight.decrementAndGet();
      return null;
    }
    return evaluation;
  }

  int inFlight() {
    return inFlight.get();
  }

  /** Waits up to {@code millis} for running reviews, then stops the workers. */
  void close(long millis) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(0);
  }
}
