--TEST--
__clone runs on the new object after its properties were copied; \$this is the copy.
--FILE--
<?php
class Doc {
    public $title = 'draft';
    public $version = 1;
    public function __clone() {
        echo "cloning into #", spl_object_id($this), " version ", $this->version, "\n";
        $this->version++;
        $this->title .= ' (copy)';
    }
}
$d = new Doc;
$d->version = 5;
$copy = clone $d;
var_dump($d, $copy);
--EXPECT--
cloning into #2 version 5
object(Doc)#1 (2) {
  ["title"]=>
  string(5) "draft"
  ["version"]=>
  int(5)
}
object(Doc)#2 (2) {
  ["title"]=>
  string(12) "draft (copy)"
  ["version"]=>
  int(6)
}
