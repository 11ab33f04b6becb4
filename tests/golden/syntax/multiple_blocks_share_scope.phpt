--TEST--
Variables persist across PHP blocks
--FILE--
<?php $n = 1; ?>
n is <?php echo $n; ?>.
<?php $n = $n + 1; ?>
n is now <?= $n ?>.
--EXPECT--
n is 1.
n is now 2.
