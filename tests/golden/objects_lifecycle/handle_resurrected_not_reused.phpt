--TEST--
a handle of an object kept alive by its destructor is not reused
--FILE--
<?php
class Ghost {
    public static $saved = [];
    public function __destruct() { echo "saving ", spl_object_id($this), "\n"; self::$saved[] = $this; }
}
class Plain {}
$g = new Ghost;
unset($g);
$p = new Plain;
echo "plain got ", spl_object_id($p), "\n";
echo "ghost still ", spl_object_id(Ghost::$saved[0]), "\n";
--EXPECT--
saving 1
plain got 2
ghost still 1
