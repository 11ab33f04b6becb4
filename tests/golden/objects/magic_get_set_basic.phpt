--TEST--
__get and __set are called for inaccessible or missing properties, not for accessible ones.
--FILE--
<?php
class Bag {
    private $data = [];
    public $real = 'real';
    public function __get($name) {
        echo "__get($name)\n";
        return $this->data[$name] ?? null;
    }
    public function __set($name, $value) {
        echo "__set($name)\n";
        $this->data[$name] = $value;
    }
}
$b = new Bag;
$b->color = 'red';
echo $b->color, "\n";
var_dump($b->missing);
echo $b->real, "\n";
$b->real = 'changed';
echo $b->real, "\n";
$b->data = 'via magic';
var_dump($b->data);
--EXPECT--
__set(color)
__get(color)
red
__get(missing)
NULL
real
changed
__set(data)
__get(data)
string(9) "via magic"
