--TEST--
a resurrected object's destructor is called at most once however many times it dies
--FILE--
<?php
class Cat {
    public static $lives = [];
    public int $calls = 0;
    public function __destruct() {
        $this->calls++;
        echo "destructor call {$this->calls}\n";
        self::$lives[] = $this;
    }
}
$c = new Cat;
unset($c);
$back = array_pop(Cat::$lives);
echo "calls so far {$back->calls}\n";
unset($back);
echo "second death, lives: ", count(Cat::$lives), "\n";
--EXPECT--
destructor call 1
calls so far 1
second death, lives: 0
