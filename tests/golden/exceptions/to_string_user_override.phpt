--TEST--
a user __toString override is used by echo, and string interpolation of the message
--FILE--
<?php
class Pretty extends Exception {
    public function __toString(): string {
        return static::class . "[" . $this->getMessage() . "]";
    }
}
$e = new Pretty("hello");
echo $e, "\n";
echo "wrapped: $e\n";
var_dump($e instanceof Stringable);
echo strlen((string)new Exception("plain")) > 20 ? "long default\n" : "short\n";
--EXPECT--
Pretty[hello]
wrapped: Pretty[hello]
bool(true)
long default
