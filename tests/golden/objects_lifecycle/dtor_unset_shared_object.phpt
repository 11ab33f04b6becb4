--TEST--
unset() of one of two variables sharing an object does not destruct it; unsetting the last one does
--FILE--
<?php
class Cup {
    public function __construct(public string $name) { echo "new {$this->name}\n"; }
    public function __destruct() { echo "bye {$this->name}\n"; }
}
$a = new Cup("tea");
$b = $a;
unset($a);
echo "a unset\n";
unset($b);
echo "b unset\n";
--EXPECT--
new tea
a unset
bye tea
b unset
