--TEST--
catching by a user interface implemented by an exception class
--FILE--
<?php
interface Retryable {}
class TimeoutException extends RuntimeException implements Retryable {}
class FatalException extends RuntimeException {}
foreach ([new TimeoutException("t"), new FatalException("f")] as $e) {
    try {
        throw $e;
    } catch (Retryable $r) {
        echo "retry after ", $r->getMessage(), "\n";
    } catch (RuntimeException $r) {
        echo "give up after ", $r->getMessage(), "\n";
    }
}
var_dump(new TimeoutException() instanceof Retryable);
--EXPECT--
retry after t
give up after f
bool(true)
