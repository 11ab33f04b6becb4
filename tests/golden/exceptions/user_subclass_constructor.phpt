--TEST--
a user exception with its own constructor and property passes message and code to the parent
--FILE--
<?php
class HttpException extends RuntimeException {
    private int $status;
    public function __construct(int $status, string $reason, ?Throwable $prev = null) {
        parent::__construct("HTTP $status: $reason", $status * 10, $prev);
        $this->status = $status;
    }
    public function getStatus(): int { return $this->status; }
}
try {
    throw new HttpException(404, "Not Found");
} catch (RuntimeException $e) {
    echo get_class($e), "\n";
    echo $e->getMessage(), "\n";
    echo $e->getCode(), "\n";
    echo $e->getStatus(), "\n";
    var_dump($e->getPrevious());
}
--EXPECT--
HttpException
HTTP 404: Not Found
4040
404
NULL
