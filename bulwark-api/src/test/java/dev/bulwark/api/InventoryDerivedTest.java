package dev.bulwark.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InventoryDerivedTest {

  @Test
  void computedOnceWhileSeveralThreadsAskAtOnce() throws Exception {
    Inventory inventory = Inventory.empty();
    AtomicInteger computations = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Inventory.Derived<List<String>> slow =
        i -> {
          computations.incrementAndGet();
          started.countDown();
          await(release);
          return List.of("value");
        };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      answers.add(pool.submit(() -> inventory.derived(slow)));
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 3; i++) {
        answers.add(pool.submit(() -> inventory.derived(slow)));
      }
      release.countDown();
      List<String> first = answers.get(0).get(30, TimeUnit.SECONDS);
      for (Future<List<String>> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(computations).hasValue(1);
  }

  @Test
  void aDerivationMayUseAnother() {
    Inventory inventory = Inventory.empty();
    Inventory.Derived<Integer> base = i -> 20;
    Inventory.Derived<Integer> onTop = i -> i.derived(base) + 1;
    assertThat(inventory.derived(onTop)).isEqualTo(21);
    assertThat(inventory.derived(base)).isEqualTo(20);
  }

  @Test
  void aFailureIsThrownAndNotRemembered() {
    Inventory inventory = Inventory.empty();
    AtomicInteger calls = new AtomicInteger();
    Inventory.Derived<String> flaky =
        i -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalArgumentException("first call fails");
          }
          return "second";
        };
    assertThatThrownBy(() -> inventory.derived(flaky))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first call fails");
    assertThat(inventory.derived(flaky)).isEqualTo("second");
    assertThat(calls).hasValue(2);
  }

  @Test
  void aDerivationThatNeedsItselfFailsInsteadOfHanging() {
    Inventory inventory = Inventory.empty();
    Inventory.Derived<String>[] self = new Inventory.Derived[1];
    self[0] = i -> i.derived(self[0]);
    assertThatThrownBy(() -> inventory.derived(self[0]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("depends on itself");
  }

  @Test
  void eachInventoryHasItsOwnValue() {
    Inventory.Derived<Object> identity = i -> new Object();
    Inventory a = Inventory.empty();
    Inventory b = Inventory.empty();
    assertThat(a.derived(identity)).isSameAs(a.derived(identity)).isNotSameAs(b.derived(identity));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test latch timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
